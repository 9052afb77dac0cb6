/** One request the server answered, as reported to `onRequest`: never its token or query. */
export interface ServedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** The URL path only: the query (which may carry an `access_token`) is left out. */
  path: string;
  /** The status sent, or `'dropped'` when a network-error fault dropped the connection. */
  status: number | 'dropped';
  /** Milliseconds from receiving the request to sending the answer, latency included. */
  durationMs: number;
}

/**
 * One log line for a served request: method, path, status, duration.
 *
 * @example
 * ```ts
 * formatServedRequest({ method: 'GET', path: '/customer/demo/me', status: 200, durationMs: 3 });
 * // 'GET /customer/demo/me 200 3ms'
 * ```
 */
export function formatServedRequest({ method, path, status, durationMs }: ServedRequest): string {
  return `${method} ${path} ${status} ${durationMs}ms`;
}
