import { expandProfile } from '../contract/expand-profile.js';
import type { MockCustomer } from '../fixtures/mock-customer.js';
import { jsonResponse } from './json-response.js';

/**
 * Answers an authenticated, tenant-checked `GET /me`: 200 with the profile as `expand` asks.
 *
 * @example
 * ```ts
 * handleGetProfile(stored, new URL(request.url));
 * ```
 */
export function handleGetProfile(profile: MockCustomer, url: URL): Response {
  return jsonResponse(expandProfile(profile, url.searchParams.getAll('expand')), 200);
}
