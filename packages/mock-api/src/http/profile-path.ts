import { apiPath } from './api-path.js';

/**
 * The msw path pattern of `/customer/{tenant}/me` under `baseUrl` (see `apiPath`).
 *
 * @example
 * ```ts
 * profilePath('https://api.emporix.io'); // 'https://api.emporix.io/customer/:tenant/me'
 * ```
 */
export function profilePath(baseUrl: string): string {
  return apiPath(baseUrl, '/customer/:tenant/me');
}

/** The msw path patterns of the address paths under `baseUrl`, in the order of the routes. */
export function addressPaths(baseUrl: string): { list: string; item: string; tags: string } {
  const addresses = `${profilePath(baseUrl)}/addresses`;
  return { list: addresses, item: `${addresses}/:addressId`, tags: `${addresses}/:addressId/tags` };
}
