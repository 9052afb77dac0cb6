/** Characters a token (or its URL-encoded form) is made of: a match runs on through them. */
const tokenTail = '[\\w%.~+/=-]*';

/**
 * Server or network text could echo a header back; a token must never travel on inside an
 * error. It may come back changed: URL-encoded, in another case, cut off after a prefix or
 * glued into a longer string. So any run that starts like the token (its first 8
 * characters, either form, any case) is hidden to its end; a shorter token, wherever it is.
 * Every token a request used is hidden: after a refresh, the expired one can still echo.
 */
export function redactSecret(text: string, secrets: readonly string[]): string {
  return secrets.reduce((redacted, secret) => {
    if (!secret) return redacted;
    const starts = [secret, encodeURIComponent(secret)].map((form) =>
      form.slice(0, 8).replace(/[^\w]/g, '\\$&'),
    );
    const tail = secret.length < 8 ? '' : tokenTail;
    return redacted.replace(new RegExp(`(?:${starts.join('|')})${tail}`, 'gi'), '[redacted]');
  }, text);
}
