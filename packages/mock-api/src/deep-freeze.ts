/**
 * Freezes a JSON-like value and everything inside it, so shared fixtures cannot be
 * changed by one test and leak into the next.
 *
 * @example
 * ```ts
 * const fixture = deepFreeze({ name: { first: 'Ada' } });
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) {
      deepFreeze(inner);
    }
    Object.freeze(value);
  }
  return value;
}
