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
