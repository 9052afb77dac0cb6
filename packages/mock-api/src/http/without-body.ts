/**
 * The same status and headers (Content-Length included: it is the GET's), no body: how
 * a HEAD is answered (RFC 9110 §9.3.2).
 *
 * @example
 * ```ts
 * return method === 'HEAD' ? withoutBody(response) : response;
 * ```
 */
export function withoutBody(response: Response): Response {
  if (response.type === 'error' || response.body === null) {
    return response;
  }
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
