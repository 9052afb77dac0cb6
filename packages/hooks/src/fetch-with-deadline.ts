import type { ApiAnswer } from './error-from-response.js';
import { ProfileKitError } from './profile-kit-error.js';
import { redactSecret } from './redact-secret.js';

/**
 * Sends one request with the bearer token and reads its whole body within `timeoutMs`. A
 * caller's abort is an `aborted` error, the deadline a `timeout`, anything else from
 * `fetch` a `network` error. Races the abort itself, so a custom `fetch` that ignores
 * signals cannot hang.
 */
export function fetchWithDeadline(
  url: string,
  init: RequestInit,
  token: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<ApiAnswer> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<ApiAnswer>((resolve, reject) => {
    const stop = (kind: 'timeout' | 'aborted') => () => reject(new ProfileKitError(kind));
    if (signal?.aborted) return stop('aborted')();
    timer = setTimeout(stop('timeout'), timeoutMs);
    // The listener goes when `controller` aborts, once the request is over.
    signal?.addEventListener('abort', stop('aborted'), { signal: controller.signal });
    // Through .then, so a fetch that throws at once still reaches the redacting catch below.
    Promise.resolve()
      .then(() =>
        fetchImpl(url, {
          ...init,
          headers: {
            ...init.headers,
            Accept: 'application/json',
            Authorization: `Bearer ${token}`,
          },
          signal: controller.signal,
        }),
      )
      .then(async (answer) => {
        let body: unknown = await answer.text();
        try {
          body = JSON.parse(body as string);
        } catch {}
        resolve({ status: answer.status, headers: answer.headers, body });
      })
      .catch((error: unknown) => {
        // A stand-in keeps the name and (redacted) message, not the original object,
        // which a host's logger would print in full as the `cause`.
        const original = error instanceof Error ? error : new Error(String(error));
        const cause = new Error(redactSecret(original.message, token));
        cause.name = original.name;
        reject(new ProfileKitError('network', undefined, { cause }));
      });
  }).finally(() => {
    clearTimeout(timer);
    controller.abort();
  });
}
