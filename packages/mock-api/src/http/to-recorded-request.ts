import { isJsonContentType } from '../contract/is-json-content-type.js';
import { parseAuthorization } from '../contract/parse-authorization.js';
import type { RecordedRequest } from './recorded-request.js';
import { isAccessTokenName, redactAccessToken, redactedToken } from './redact-access-token.js';

function isFormContentType(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

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
  // A form body may carry the token as `access_token` (RFC 6750 §2.2).
  return isFormContentType(contentType) ? redactAccessToken(text) : text;
}

function redactedQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of params) {
    query[name] = isAccessTokenName(name) ? redactedToken : value;
  }
  return query;
}

/**
 * Describes a request for the request log, without its bearer token: neither the
 * `Authorization` header nor an `access_token` query (RFC 6750 §2.3) or form parameter.
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
    search: url.search === '' ? '' : `?${redactAccessToken(url.search.slice(1))}`,
    query: redactedQuery(url.searchParams),
    contentType,
    body: parseBody(bodyText, contentType),
    authorization: parseAuthorization(request.headers.get('Authorization')).kind,
  };
}
