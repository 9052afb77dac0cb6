import { isJsonContentType } from './is-json-content-type.js';
import { parseAuthorization } from './parse-authorization.js';
import type { RecordedRequest } from './recorded-request.js';

function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') {
    return undefined;
  }
  if (isJsonContentType(contentType)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Malformed JSON is still worth seeing in the log, as the text that was sent.
      return text;
    }
  }
  return text;
}

/**
 * Describes a request for the request log, without its bearer token.
 *
 * @example
 * ```ts
 * const entry = toRecordedRequest(request, await request.clone().text());
 * ```
 */
export function toRecordedRequest(request: Request, bodyText: string): RecordedRequest {
  const url = new URL(request.url);
  const contentType = request.headers.get('Content-Type');
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    search: url.search,
    query: Object.fromEntries(url.searchParams),
    contentType,
    body: parseBody(bodyText, contentType),
    authorization: parseAuthorization(request.headers.get('Authorization')).kind,
  };
}
