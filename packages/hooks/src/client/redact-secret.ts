/** Characters a token (or its URL-encoded form) is made of: a match runs on through them. */
const tokenTail = '[\\w%.~+/=-]*';

/**
 * Server or network text could echo a header back; a token must never travel on inside an
 * error. It may come back changed: URL-encoded, in another case, cut off after a prefix or
 * glued into a longer string. So any run that starts like the token (its first 8
 * characters, either form, any case) is hidden to its end; a shorter token, wherever it is.
 */
export function redactSecret(text: string, secret: string): string {
  if (!secret) return text;
  const starts = [secret, encodeURIComponent(secret)].map((form) =>
    form.slice(0, 8).replace(/[^\w]/g, '\\$&'),
  );
  const tail = secret.length < 8 ? '' : tokenTail;
  return text.replace(new RegExp(`(?:${starts.join('|')})${tail}`, 'gi'), '[redacted]');
}
