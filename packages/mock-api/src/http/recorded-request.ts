/**
 * One request the mock saw, as kept in `mock.requests`. The bearer token itself is never
 * kept: only whether the `Authorization` header was a well-formed bearer, missing or malformed;
 * an `access_token` query or form-body parameter (RFC 6750 §2.2, §2.3) is kept as `redacted`.
 */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** URL path, e.g. `/customer/demo/me`. */
  path: string;
  /** Raw query string including `?`, or `''` (an `access_token` value reads `redacted`). */
  search: string;
  /** Query parameters; the last value wins when a name repeats. */
  query: Record<string, string>;
  /** The `Content-Type` header as sent, or `null`. */
  contentType: string | null;
  /**
   * Parsed JSON for JSON content types, raw text otherwise (form bodies with `access_token`
   * redacted), `undefined` when there is no body.
   */
  body: unknown;
  authorization: 'bearer' | 'missing' | 'malformed';
}
