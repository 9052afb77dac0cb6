const cache = new Map<string, unknown>();

/**
 * One `Intl` object per key, made on first use: they are costly to create, immutable, and
 * asked for on every render.
 */
export function cached<T>(key: string, create: () => T): T {
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
}
