/** Server or network text could echo a header back; a token must never travel on inside an error. */
export function redactSecret(text: string, secret: string): string {
  return text.split(secret).join('[redacted]');
}
