import { ProfileKitError } from './profile-kit-error.js';

/**
 * Runs `work` with a signal that aborts once the call is over, and settles as soon as the
 * caller aborts (`aborted`) or `timeoutMs` pass (`timeout`) — also when `work` ignores its
 * signal, as a custom `fetch` or a host's token refresh may.
 */
export function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<T>((resolve, reject) => {
    const stop = (kind: 'timeout' | 'aborted') => () => reject(new ProfileKitError(kind));
    if (signal?.aborted) return stop('aborted')();
    timer = setTimeout(stop('timeout'), timeoutMs);
    // The listener goes when `controller` aborts, once the call is over.
    signal?.addEventListener('abort', stop('aborted'), { signal: controller.signal });
    // Through .then, so work that throws at once rejects this promise instead of escaping.
    Promise.resolve()
      .then(() => work(controller.signal))
      .then(resolve, reject);
  }).finally(() => {
    clearTimeout(timer);
    controller.abort();
  });
}
