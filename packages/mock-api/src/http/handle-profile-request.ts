import { delay, HttpResponse } from 'msw';
import { errorMessage } from '../contract/error-message.js';
import { isValidTenant } from '../contract/is-valid-tenant.js';
import { parseAuthorization } from '../contract/parse-authorization.js';
import { unauthorizedFaults } from '../contract/unauthorized-faults.js';
import type { FaultAnswer, FaultInjector } from '../store/fault-injector.js';
import type { MockState, TokenLookup } from '../store/mock-state.js';
import { defaultFaultResponse } from './default-fault-response.js';
import { handleGetProfile } from './handle-get-profile.js';
import { handlePatchProfile } from './handle-patch-profile.js';
import { jsonResponse } from './json-response.js';
import type { RecordedRequest } from './recorded-request.js';
import { toRecordedRequest } from './to-recorded-request.js';

/** What one mock instance's handlers share. */
export interface ProfileRequestContext {
  tenant: string;
  state: MockState;
  faults: FaultInjector;
  log: RecordedRequest[];
}

// HEAD is GET without the body (RFC 9110 §9.3.2).
const allowedMethods = new Set(['GET', 'HEAD', 'PATCH']);

function methodNotAllowed(method: string): Response {
  return jsonResponse(
    errorMessage(405, 'method_not_allowed', `Method ${method} is not allowed on this resource.`),
    405,
    { Allow: [...allowedMethods].join(', ') },
  );
}

// The same status and headers (Content-Length included: it is the GET's), no body.
function withoutBody(response: Response): Response {
  if (response.type === 'error' || response.body === null) {
    return response;
  }
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function faultResponse(answer: FaultAnswer): Response {
  return answer.kind === 'network-error'
    ? HttpResponse.error()
    : defaultFaultResponse(answer.status, answer.body, answer.headers);
}

// Everything after the method check. HEAD is answered as GET, but only faults without a
// `method` (which is 'GET' or 'PATCH') apply to it.
async function answer(
  context: ProfileRequestContext,
  request: Request,
  method: string,
  tenant: string,
  bodyText: string,
): Promise<Response> {
  const fault = context.faults.decide(method);
  if (fault.kind === 'answer') {
    return faultResponse(fault.answer);
  }
  if (fault.kind === 'delay') {
    await delay(fault.latency);
  }

  const auth = parseAuthorization(request.headers.get('Authorization'));
  const found: TokenLookup =
    auth.kind === 'bearer' ? context.state.lookup(auth.token) : { kind: 'unknown' };
  if (auth.kind !== 'bearer' || found.kind !== 'customer') {
    const body = found.kind === 'expired' ? unauthorizedFaults.expired : unauthorizedFaults.invalid;
    return jsonResponse(body, 401);
  }

  if (!isValidTenant(tenant) || tenant !== context.tenant) {
    return jsonResponse(
      errorMessage(
        400,
        'bad_request',
        'The tenant information provided with the request is not valid.',
      ),
      400,
    );
  }

  if (method !== 'PATCH') {
    return handleGetProfile(found.profile, new URL(request.url));
  }
  if (found.anonymous) {
    // The contract's 403 example, `type` spelt as there.
    return jsonResponse(errorMessage(403, 'Forbidden', 'User not authorized.'), 403);
  }
  return handlePatchProfile(context.state, {
    token: auth.token,
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
    return methodNotAllowed(method);
  }
  const response = await answer(context, request, method, tenant, bodyText);
  return method === 'HEAD' ? withoutBody(response) : response;
}
