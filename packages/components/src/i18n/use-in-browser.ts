'use client';
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * `false` in a server render and in the render that hydrates it, `true` from the next
 * render on (and at once on a page rendered only in the browser): for output that the
 * server cannot print exactly as the visitor's browser would.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
