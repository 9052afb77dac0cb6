import { onlineManager } from '@tanstack/react-query';

/**
 * A story's `beforeEach`: the page says it is offline (as TanStack Query hears it from the
 * browser's `offline` event) until the story is left, so the next story is online again.
 * The mock still answers: a story pairs this with a network error, as a real offline
 * request ends.
 */
export function whileOffline(): () => void {
  onlineManager.setOnline(false);
  return () => onlineManager.setOnline(true);
}
