import { isProfileKitError } from './profile-kit-error.js';

const maxRetries = 3;
const transientKinds = new Set(['network', 'timeout', 'server', 'rate-limited']);

/**
 * Reads retry what may pass on by itself — a dropped connection, a timeout, a 5xx, a 429 —
 * and never a 4xx that would answer the same again.
 */
export function shouldRetryProfileRequest(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isProfileKitError(error) && transientKinds.has(error.kind);
}

/** Honours a 429's `Retry-After`; otherwise backs off 1 s, 2 s, 4 s … up to 30 s. */
export function profileRetryDelay(failureCount: number, error: unknown): number {
  if (isProfileKitError(error, 'rate-limited') && error.retryAfterMs !== undefined) {
    return error.retryAfterMs;
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
