/** The CORS headers for one request, or `'refused'` when its origin may not call the API. */
export type CorsDecision = Record<string, string> | 'refused';

/** Answers which CORS headers a request gets, from its `Origin` header. */
export type CorsPolicy = (origin: string | undefined) => CorsDecision;

const sharedHeaders = {
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, DELETE, OPTIONS',
  // A PATCH sends `Authorization` and `Content-Type: application/merge-patch+json`, neither
  // of them safelisted: browsers preflight it and need both allowed.
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Max-Age': '600',
};

// `http://localhost:*` allows every port of that scheme and host; anything else is exact.
function matches(allowed: string, origin: string): boolean {
  if (!allowed.endsWith(':*')) {
    return allowed === origin;
  }
  const prefix = allowed.slice(0, -1);
  return origin.startsWith(prefix) && /^\d+$/.test(origin.slice(prefix.length));
}

/**
 * The server's CORS answers. Without `origins`, any origin may call (`*`), as an open API
 * gateway answers. With `origins`, only those (exact origins, or `scheme://host:*` for any
 * port) get CORS headers naming them; a browser request from another origin is refused.
 * A request without `Origin` (curl, a server-side fetch) is not a CORS request: it is served
 * without CORS headers.
 *
 * @example
 * ```ts
 * createCorsPolicy(['http://localhost:*'])('http://localhost:5173');
 * // { 'Access-Control-Allow-Origin': 'http://localhost:5173', Vary: 'Origin', … }
 * ```
 */
export function createCorsPolicy(origins?: readonly string[]): CorsPolicy {
  if (origins === undefined) {
    return () => ({ 'Access-Control-Allow-Origin': '*', ...sharedHeaders });
  }
  return (origin) => {
    if (origin === undefined) {
      return { Vary: 'Origin' };
    }
    if (!origins.some((allowed) => matches(allowed, origin))) {
      return 'refused';
    }
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', ...sharedHeaders };
  };
}
