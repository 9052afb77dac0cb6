import { ProfileKitError } from './profile-kit-error.js';

/**
 * The calls waiting on each caller signal. A page may give one signal to many calls; one
 * listener each would pass Node's limit of 10 (MaxListenersExceededWarning), so a signal
 * gets a single listener that stops whichever calls are waiting when it aborts.
 */
const waitingOn = new WeakMap<AbortSignal, Set<() => void>>();

function onAbort(signal: AbortSignal, stop: () => void): () => void {
  let waiting = waitingOn.get(signal);
  if (!waiting) {
    const calls = new Set<() => void>();
    waitingOn.set(signal, calls);
    signal.addEventListener('abort', () => {
      for (const call of calls) call();
    });
    waiting = calls;
  }
  waiting.add(stop);
  return () => waiting.delete(stop);
}

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
  let done = () => {};
  return new Promise<T>((resolve, reject) => {
    const stop = (kind: 'timeout' | 'aborted') => () => reject(new ProfileKitError(kind));
    if (signal?.aborted) return stop('aborted')();
    timer = setTimeout(stop('timeout'), timeoutMs);
    // Forgotten once the call is over.
    if (signal) done = onAbort(signal, stop('aborted'));
    // Through .then, so work that throws at once rejects this promise instead of escaping.
    Promise.resolve()
      .then(() => work(controller.signal))
      .then(resolve, reject);
  }).finally(() => {
    clearTimeout(timer);
    done();
    controller.abort();
  });
}
