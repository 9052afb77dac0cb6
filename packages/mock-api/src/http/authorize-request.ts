import { delay, HttpResponse } from 'msw';
import { errorMessage } from '../contract/error-message.js';
import { isValidTenant } from '../contract/is-valid-tenant.js';
import { parseAuthorization } from '../contract/parse-authorization.js';
import { unauthorizedFaults } from '../contract/unauthorized-faults.js';
import type { FaultAnswer, FaultInjector } from '../store/fault-injector.js';
import type { MockState, TokenLookup } from '../store/mock-state.js';
import { defaultFaultResponse } from './default-fault-response.js';
import { jsonResponse } from './json-response.js';
import type { RecordedRequest } from './recorded-request.js';

/** What one mock instance's handlers share. */
export interface ProfileRequestContext {
  tenant: string;
  state: MockState;
  faults: FaultInjector;
  log: RecordedRequest[];
}

/** A request the stack lets through to the operation: its bearer token and whose it is. */
export interface AuthorizedRequest {
  token: string;
  found: Extract<TokenLookup, { kind: 'customer' }>;
}

function faultResponse(answer: FaultAnswer): Response {
  return answer.kind === 'network-error'
    ? HttpResponse.error()
    : defaultFaultResponse(answer.status, answer.body, answer.headers);
}

/**
 * The steps before any operation, in the order of the real stack: a queued fault (or the
 * latency), the bearer (401, like Apigee before the service), the tenant (400). Resolves
 * with the response that ends the request there, or with the customer it is for.
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
  return { token: auth.token, found };
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

// The same status and headers (Content-Length included: it is the GET's), no body.
export function withoutBody(response: Response): Response {
  if (response.type === 'error' || response.body === null) {
    return response;
  }
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
