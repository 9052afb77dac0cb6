import { delay, HttpResponse } from 'msw';
import { errorMessage } from '../contract/error-message.js';
import type { FaultAnswer, FaultInjector } from '../store/fault-injector.js';
import type { MockState } from '../store/mock-state.js';
import type { SiteStore } from '../store/site-store.js';
import { checkBearer } from './check-bearer.js';
import { defaultFaultResponse } from './default-fault-response.js';
import { handleGetProfile } from './handle-get-profile.js';
import { handlePatchProfile } from './handle-patch-profile.js';
import { invalidTenantResponse, servesTenant } from './invalid-tenant-response.js';
import { jsonResponse } from './json-response.js';
import type { RecordedRequest } from './recorded-request.js';
import { toRecordedRequest } from './to-recorded-request.js';
import { withoutBody } from './without-body.js';

/** What one mock instance's handlers (profile and sites) share. */
export interface ProfileRequestContext {
  tenant: string;
  state: MockState;
  sites: SiteStore;
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

  const bearer = checkBearer(context.state, request.headers.get('Authorization'));
  if (bearer.kind === 'refused') {
    return bearer.response;
  }
  const { token, found } = bearer;

  if (!servesTenant(context.tenant, tenant)) {
    return invalidTenantResponse();
  }

  if (method !== 'PATCH') {
    return handleGetProfile(found.profile, new URL(request.url));
  }
  if (found.anonymous) {
    // The contract's 403 example, `type` spelt as there.
    return jsonResponse(errorMessage(403, 'Forbidden', 'User not authorized.'), 403);
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
    return methodNotAllowed(method);
  }
  const response = await answer(context, request, method, tenant, bodyText);
  return method === 'HEAD' ? withoutBody(response) : response;
}
