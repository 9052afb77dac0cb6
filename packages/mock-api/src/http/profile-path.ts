// An absolute base starts with a URL scheme such as `https://`.
const absoluteUrlPattern = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The msw path pattern of `/customer/{tenant}/me` under `baseUrl`. A relative base such
 * as `'/api'` gets msw's `*` wildcard in front so it matches that path on any origin;
 * msw would otherwise resolve it against `location` (browsers) or never match (Node).
 *
 * @example
 * ```ts
 * profilePath('https://api.emporix.io'); // 'https://api.emporix.io/customer/:tenant/me'
 * ```
 */
export function profilePath(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (absoluteUrlPattern.test(base)) {
    return `${base}/customer/:tenant/me`;
  }
  const relative = base.startsWith('/') ? base : `/${base}`;
  return `*${relative === '/' ? '' : relative}/customer/:tenant/me`;
}

/** The msw path patterns of the address paths under `baseUrl`, in the order of the routes. */
export function addressPaths(baseUrl: string): { list: string; item: string; tags: string } {
  const addresses = `${profilePath(baseUrl)}/addresses`;
  return { list: addresses, item: `${addresses}/:addressId`, tags: `${addresses}/:addressId/tags` };
}
