import { HttpResponse, type JsonBodyType } from 'msw';

/**
 * A JSON response with `Content-Type: application/json` unless `headers` set another one.
 *
 * @example
 * ```ts
 * return jsonResponse(errorMessage(403, 'Forbidden', 'User not authorized.'), 403);
 * ```
 */
export function jsonResponse(body: unknown, status: number, headers?: HeadersInit): Response {
  const merged = new Headers(headers);
  if (!merged.has('Content-Type')) {
    merged.set('Content-Type', 'application/json');
  }
  return HttpResponse.json(body as JsonBodyType, { status, headers: merged });
}
