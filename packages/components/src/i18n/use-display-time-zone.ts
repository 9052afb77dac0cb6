'use client';
import { useInBrowser } from './use-in-browser.js';

/**
 * The zone dates are shown in. The host's `timeZone` wins. Without it, a server render
 * and the render that hydrates it both use UTC — the server cannot know the visitor's
 * zone, and the two must print the same text — and the very next render switches to the
 * browser's own zone. A page rendered only in the browser starts in its zone at once.
 */
export function useDisplayTimeZone(timeZone: string | undefined): string | undefined {
  const inBrowser = useInBrowser();
  return timeZone ?? (inBrowser ? undefined : 'UTC');
}
