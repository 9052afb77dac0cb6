import { expandProfile } from './expand-profile.js';
import { jsonResponse } from './json-response.js';
import type { MockCustomer } from './mock-customer.js';

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
