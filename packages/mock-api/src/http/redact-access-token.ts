// RFC 6750 §2.2/§2.3 name; matched in any case so a near-miss spelling is not kept either.
const tokenParameter = 'access_token';

/** What a redacted token is replaced with in the request log. */
export const redactedToken = 'redacted';

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // Malformed percent-encoding: compare the raw name.
    return raw;
  }
}

/** Whether a form/query parameter name is the bearer token's (`access_token`, any case). */
export function isAccessTokenName(name: string): boolean {
  return name.toLowerCase() === tokenParameter;
}

/**
 * A form-encoded string (a query without its `?`, or an `x-www-form-urlencoded` body) with
 * the value of every `access_token` parameter replaced by `redacted`. Everything else is kept
 * byte for byte, so the log still shows what was sent.
 *
 * @example
 * ```ts
 * redactAccessToken('expand=addresses&access_token=abc'); // 'expand=addresses&access_token=redacted'
 * ```
 */
export function redactAccessToken(formEncoded: string): string {
  return formEncoded
    .split('&')
    .map((part) => {
      const name = part.split('=', 1)[0] ?? '';
      return isAccessTokenName(decodeName(name)) ? `${name}=${redactedToken}` : part;
    })
    .join('&');
}
