import { isServer, onlineManager } from '@tanstack/react-query';
import { isProfileKitError } from '../client/profile-kit-error.js';

/** Longer than this, a `Retry-After` is not worth keeping a customer waiting for. */
const maxRetryAfterMs = 30_000;

/**
 * Reads retry what may pass on by itself — a dropped connection, a timeout, a 5xx, a 429
 * (when its `Retry-After` is at most 30 s) — at most three times, and never another 4xx,
 * which would answer the same again. Never on a server, as TanStack Query's own default:
 * a server render must not wait seconds for a backoff. Nor while the browser is offline:
 * the customer should hear so at once.
 */
export function shouldRetryProfileRequest(failureCount: number, error: unknown): boolean {
  if (isServer || failureCount >= 3 || !isProfileKitError(error)) return false;
  const { kind, status = 0, retryAfterMs = 0 } = error;
  if (kind === 'rate-limited') return retryAfterMs <= maxRetryAfterMs;
  if (kind === 'network') return onlineManager.isOnline();
  return kind === 'timeout' || (kind === 'server' && status >= 500);
}

/** Honours a 429's `Retry-After`; otherwise backs off 1 s, 2 s, 4 s … up to 30 s. */
export function profileRetryDelay(failureCount: number, error: unknown): number {
  const retryAfterMs = isProfileKitError(error) ? error.retryAfterMs : undefined;
  return Math.min(retryAfterMs ?? 1000 * 2 ** failureCount, maxRetryAfterMs);
}
