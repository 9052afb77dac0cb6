import { parseAuthorization } from '../contract/parse-authorization.js';
import { unauthorizedFaults } from '../contract/unauthorized-faults.js';
import type { MockState, TokenLookup } from '../store/mock-state.js';
import { jsonResponse } from './json-response.js';

/** A request's bearer: the 401 to answer, or the token and who it belongs to. */
export type BearerCheck =
  | { kind: 'refused'; response: Response }
  | { kind: 'known'; token: string; found: Extract<TokenLookup, { kind: 'customer' }> };

/**
 * Checks the `Authorization` header like the Apigee gateway in front of every Emporix
 * service: a missing, malformed or unknown bearer gets the "Invalid access token" fault,
 * an expired one the "Access Token expired" fault, both `401`.
 *
 * @example
 * ```ts
 * const bearer = checkBearer(state, request.headers.get('Authorization'));
 * if (bearer.kind === 'refused') return bearer.response;
 * ```
 */
export function checkBearer(state: MockState, header: string | null): BearerCheck {
  const auth = parseAuthorization(header);
  const found: TokenLookup =
    auth.kind === 'bearer' ? state.lookup(auth.token) : { kind: 'unknown' };
  if (auth.kind !== 'bearer' || found.kind !== 'customer') {
    const body = found.kind === 'expired' ? unauthorizedFaults.expired : unauthorizedFaults.invalid;
    return { kind: 'refused', response: jsonResponse(body, 401) };
  }
  return { kind: 'known', token: auth.token, found };
}
