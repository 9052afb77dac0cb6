import { apiPath } from './api-path.js';

/**
 * The msw path patterns of the site-settings reads under `baseUrl` (see `apiPath`).
 *
 * @example
 * ```ts
 * sitePaths('https://api.emporix.io').one; // 'https://api.emporix.io/site/:tenant/sites/:siteCode'
 * ```
 */
export function sitePaths(baseUrl: string): { list: string; one: string } {
  return {
    list: apiPath(baseUrl, '/site/:tenant/sites'),
    one: apiPath(baseUrl, '/site/:tenant/sites/:siteCode'),
  };
}
