/** What an `Authorization` header holds. */
export type ParsedAuthorization =
  | { kind: 'bearer'; token: string }
  | { kind: 'missing' }
  | { kind: 'malformed' };

// RFC 6750 b64token; anything else after "Bearer " is not a token a gateway would accept.
const bearerPattern = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Reads a bearer token from an `Authorization` header value.
 *
 * @example
 * ```ts
 * parseAuthorization('Bearer abc'); // { kind: 'bearer', token: 'abc' }
 * parseAuthorization('Basic abc'); // { kind: 'malformed' }
 * ```
 */
export function parseAuthorization(header: string | null): ParsedAuthorization {
  if (header === null || header.trim() === '') {
    return { kind: 'missing' };
  }
  const token = bearerPattern.exec(header.trim())?.[1];
  return token === undefined ? { kind: 'malformed' } : { kind: 'bearer', token };
}
