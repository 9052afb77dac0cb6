/** Server or network text could echo a header back; a token must never travel on inside an error. */
export function redactSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/**
 * A stand-in for an error from `fetch` that keeps its name and (redacted) message but
 * not the original object, which a host's logger would print in full as the `cause`.
 */
export function redactedCause(error: unknown, secret: string | undefined): Error {
  const original = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redactSecret(original.message, secret));
  copy.name = original.name;
  return copy;
}
