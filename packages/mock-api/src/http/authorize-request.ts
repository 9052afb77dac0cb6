import { delay, HttpResponse } from 'msw';
import { errorMessage } from '../contract/error-message.js';
import type { FaultAnswer, FaultInjector } from '../store/fault-injector.js';
import type { MockState } from '../store/mock-state.js';
import type { SiteStore } from '../store/site-store.js';
import { type BearerCheck, checkBearer } from './check-bearer.js';
import { defaultFaultResponse } from './default-fault-response.js';
import { invalidTenantResponse, servesTenant } from './invalid-tenant-response.js';
import { jsonResponse } from './json-response.js';
import type { RecordedRequest } from './recorded-request.js';

/** What one mock instance's handlers (profile, addresses and sites) share. */
export interface ProfileRequestContext {
  tenant: string;
  state: MockState;
  sites: SiteStore;
  faults: FaultInjector;
  log: RecordedRequest[];
}

/** A request the stack lets through to the operation: its bearer token and whose it is. */
export type AuthorizedRequest = Omit<Extract<BearerCheck, { kind: 'known' }>, 'kind'>;

function faultResponse(answer: FaultAnswer): Response {
  return answer.kind === 'network-error'
    ? HttpResponse.error()
    : defaultFaultResponse(answer.status, answer.body, answer.headers);
}

/**
 * The steps before any customer operation, in the order of the real stack: a queued fault
 * (or the latency), the bearer (401, like Apigee before the service), the tenant (400).
 * Resolves with the response that ends the request there, or with the customer it is for.
 *
 * @example
 * ```ts
 * const authorized = await authorizeRequest(context, request, 'GET', tenant);
 * if (authorized instanceof Response) return authorized;
 * ```
 */
export async function authorizeRequest(
  context: ProfileRequestContext,
  request: Request,
  method: string,
  tenant: string,
): Promise<Response | AuthorizedRequest> {
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
  if (!servesTenant(context.tenant, tenant)) {
    return invalidTenantResponse();
  }
  return { token: bearer.token, found: bearer.found };
}

/** The contract's 403 example, `type` spelt as there: what an anonymous token gets for a change. */
export function forbidden(): Response {
  return jsonResponse(errorMessage(403, 'Forbidden', 'User not authorized.'), 403);
}

/** A 405 naming the methods the path allows. */
export function methodNotAllowed(method: string, allowed: ReadonlySet<string>): Response {
  return jsonResponse(
    errorMessage(405, 'method_not_allowed', `Method ${method} is not allowed on this resource.`),
    405,
    { Allow: [...allowed].join(', ') },
  );
}
