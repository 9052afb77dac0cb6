/**
 * The URL a mock answers for a request an HTTP server received: the request's path and
 * query under the mock's `baseUrl`, so the server's root stands for the API base whatever
 * base URL the mock was created with. A relative base (`/api`) stays on the server's origin,
 * where the mock's `*` pattern matches it.
 *
 * @example
 * ```ts
 * mockUrlFor('https://api.emporix.io', '/customer/demo/me?expand=addresses', 'http://127.0.0.1:4000');
 * // https://api.emporix.io/customer/demo/me?expand=addresses
 * ```
 */
export function mockUrlFor(baseUrl: string, requestTarget: string, origin: string): URL {
  // The target is normally origin-form (`/path?query`); absolute-form is reduced to that.
  const { pathname, search } = new URL(requestTarget, origin);
  const base = new URL(baseUrl, origin);
  return new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}${pathname}${search}`);
}
