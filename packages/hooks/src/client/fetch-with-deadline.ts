import type { ApiAnswer } from './error-from-response.js';
import { ProfileKitError } from './profile-kit-error.js';
import { redactSecret } from './redact-secret.js';
import { withDeadline } from './with-deadline.js';

/**
 * Sends one request with the bearer token (the first of `tokens`; the others were used
 * earlier in the same call and are hidden in errors too) and reads its whole body within
 * `timeoutMs`. A caller's abort is an `aborted` error, the deadline a `timeout`, anything
 * else from `fetch` a `network` error.
 */
export function fetchWithDeadline(
  url: string,
  init: RequestInit,
  tokens: readonly [bearer: string, ...earlier: string[]],
  timeoutMs: number,
  signal: AbortSignal | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<ApiAnswer> {
  return withDeadline(
    async (deadline) => {
      try {
        // A `Headers` object or pairs do not spread, and a caller's `authorization` in
        // another case would join the token's header instead of yielding to it.
        const headers = new Headers(init.headers);
        headers.set('Accept', 'application/json');
        headers.set('Authorization', `Bearer ${tokens[0]}`);
        const answer = await fetchImpl(url, {
          ...init,
          headers,
          // Never followed: a redirect could re-send the bearer token and a PATCH body to
          // another origin, or turn a save into a GET reported as success. A 3xx (or an
          // opaque redirect, status 0) is then a non-2xx answer: a `server` error.
          redirect: 'manual',
          signal: deadline,
        });
        let body: unknown = await answer.text();
        try {
          body = JSON.parse(body as string);
        } catch {}
        return { status: answer.status, headers: answer.headers, body };
      } catch (error) {
        // A stand-in keeps the name and (redacted) message, not the original object,
        // which a host's logger would print in full as the `cause`.
        const original = error instanceof Error ? error : new Error(String(error));
        const cause = new Error(redactSecret(original.message, tokens));
        cause.name = original.name;
        throw new ProfileKitError('network', undefined, { cause });
      }
    },
    timeoutMs,
    signal,
  );
}
