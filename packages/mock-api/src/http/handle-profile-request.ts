import {
  authorizeRequest,
  forbidden,
  methodNotAllowed,
  type ProfileRequestContext,
} from './authorize-request.js';
import { handleGetProfile } from './handle-get-profile.js';
import { handlePatchProfile } from './handle-patch-profile.js';
import { toRecordedRequest } from './to-recorded-request.js';
import { withoutBody } from './without-body.js';

export type { ProfileRequestContext } from './authorize-request.js';

// HEAD is GET without the body (RFC 9110 §9.3.2).
const allowedMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PATCH']);

// Everything after the method check. HEAD is answered as GET, but only faults without a
// `method` (which is 'GET' or 'PATCH') apply to it.
async function answer(
  context: ProfileRequestContext,
  request: Request,
  method: string,
  tenant: string,
  bodyText: string,
): Promise<Response> {
  const authorized = await authorizeRequest(context, request, method, tenant);
  if (authorized instanceof Response) {
    return authorized;
  }
  const { token, found } = authorized;
  if (method !== 'PATCH') {
    return handleGetProfile(found.profile, new URL(request.url));
  }
  if (found.anonymous) {
    return forbidden();
  }
  return handlePatchProfile(context.state, {
    token,
    stored: found.profile,
    contentType: request.headers.get('Content-Type'),
    bodyText,
  });
}

/**
 * Answers any request on `/customer/{tenant}/me`, in the order of the real stack:
 * record, method (405), faults, bearer (401, like Apigee before the service), tenant (400),
 * then the operation. HEAD is answered like GET, without the body.
 *
 * @example
 * ```ts
 * http.get(path, ({ request, params }) => handleProfileRequest(context, request, params.tenant));
 * ```
 */
export async function handleProfileRequest(
  context: ProfileRequestContext,
  request: Request,
  tenant: string,
): Promise<Response> {
  const method = request.method.toUpperCase();
  // Read a clone so msw and the caller can still consume the original body.
  const bodyText = request.body === null ? '' : await request.clone().text();
  context.log.push(toRecordedRequest(request, bodyText));

  // Before the faults: a queued fault is meant for a request the API would serve, and a
  // test's stray wrong-method request must not use it up.
  if (!allowedMethods.has(method)) {
    return methodNotAllowed(method, allowedMethods);
  }
  const response = await answer(context, request, method, tenant, bodyText);
  return method === 'HEAD' ? withoutBody(response) : response;
}
