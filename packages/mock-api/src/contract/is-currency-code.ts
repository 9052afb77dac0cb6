/**
 * Whether `code` is an ISO 4217 currency code the platform knows, in its exact upper-case
 * form (`EUR`, not `eur`).
 *
 * @example
 * ```ts
 * isCurrencyCode('EUR'); // true
 * isCurrencyCode('EURO'); // false
 * ```
 */
export function isCurrencyCode(code: string): boolean {
  return code.length === 3 && Intl.supportedValuesOf('currency').includes(code);
}
