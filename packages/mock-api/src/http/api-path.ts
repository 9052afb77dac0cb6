// An absolute base starts with a URL scheme such as `https://`.
const absoluteUrlPattern = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The msw path pattern of `path` (e.g. `/customer/:tenant/me`) under `baseUrl`. A relative
 * base such as `'/api'` gets msw's `*` wildcard in front so it matches that path on any
 * origin; msw would otherwise resolve it against `location` (browsers) or never match (Node).
 *
 * @example
 * ```ts
 * apiPath('/api', '/site/:tenant/sites'); // '*\/api/site/:tenant/sites'
 * ```
 */
export function apiPath(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (absoluteUrlPattern.test(base)) {
    return `${base}${path}`;
  }
  const relative = base.startsWith('/') ? base : `/${base}`;
  return `*${relative === '/' ? '' : relative}${path}`;
}
