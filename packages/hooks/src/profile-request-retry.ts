import { isProfileKitError } from './profile-kit-error.js';

/**
 * Reads retry what may pass on by itself — a dropped connection, a timeout, a 5xx, a 429 —
 * at most three times, and never a 4xx that would answer the same again.
 */
export function shouldRetryProfileRequest(failureCount: number, error: unknown): boolean {
  return (
    failureCount < 3 &&
    isProfileKitError(error) &&
    ['network', 'timeout', 'server', 'rate-limited'].includes(error.kind)
  );
}

/** Honours a 429's `Retry-After`; otherwise backs off 1 s, 2 s, 4 s … up to 30 s. */
export function profileRetryDelay(failureCount: number, error: unknown): number {
  const retryAfterMs = isProfileKitError(error) ? error.retryAfterMs : undefined;
  return retryAfterMs ?? Math.min(1000 * 2 ** failureCount, 30_000);
}
