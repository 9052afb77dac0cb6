function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON merge patch (RFC 7396) of `patch` onto a copy of `target`: objects merge key by
 * key at every depth, anything else replaces. The mock refuses `null` in patches before
 * this runs, so the RFC's "null deletes" rule never applies.
 *
 * @example
 * ```ts
 * mergePatch({ a: 1, m: { x: 1, y: 2 } }, { m: { y: 3 } }); // { a: 1, m: { x: 1, y: 3 } }
 * ```
 */
export function mergePatch<T extends object>(target: T, patch: Record<string, unknown>): T {
  const result: Record<string, unknown> = { ...(structuredClone(target) as object) };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] =
      isPlainObject(current) && isPlainObject(value)
        ? mergePatch(current, value)
        : structuredClone(value);
  }
  return result as T;
}
