import { twoLetterCodeSet } from './code-tables.js';
import { type DataVerdict, invalidValue, validValue } from './data-verdict.js';
import { REGION_BITMAP } from './iso-tables.generated.js';

export type CountryCodeReason = 'country.malformed' | 'country.unknown';

const isRegion = /* @__PURE__ */ twoLetterCodeSet(REGION_BITMAP);

/**
 * An ISO 3166-1 alpha-2 country code, as an address's `country`: two letters of an assigned
 * code (`DE`, `US`, `GB`). Case-insensitive; the valid value is in capitals, so a caller that
 * takes only the exact code compares `value` with its input. `UK` and `ZZ` are unknown.
 *
 * @example
 * checkCountryCode('de'); // { valid: true, value: 'DE' }
 * checkCountryCode('UK'); // { valid: false, reason: 'country.unknown' }
 */
export function checkCountryCode(input: string): DataVerdict<CountryCodeReason> {
  if (!/^[A-Za-z]{2}$/.test(input)) return invalidValue('country.malformed');
  return isRegion(input.toLowerCase())
    ? validValue(input.toUpperCase())
    : invalidValue('country.unknown');
}
