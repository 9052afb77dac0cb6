import { isInColumns } from './code-tables.js';
import { type DataVerdict, invalidValue, validValue } from './data-verdict.js';
import { ACTIVE_CURRENCIES, NOT_CURRENCIES, WITHDRAWN_CURRENCIES } from './iso-tables.generated.js';

export type CurrencyCodeReason =
  | 'currency.malformed'
  | 'currency.unknown'
  | 'currency.withdrawn'
  | 'currency.not-a-currency';

/**
 * An ISO 4217 code as a customer's new preferred currency: valid when active (list one,
 * with the supplement's additions such as `XCG`), refused when withdrawn (`HRK`, `CUC`),
 * not money a customer pays in (`XTS`, `XXX`, `XAU`, `XDR`), unknown (`XYZ`) or not three
 * letters. Case-insensitive; the valid value is in capitals, so a caller that takes only
 * the exact code compares `value` with its input.
 *
 * @example
 * checkCurrencyCode('eur'); // { valid: true, value: 'EUR' }
 * checkCurrencyCode('HRK'); // { valid: false, reason: 'currency.withdrawn' }
 */
export function checkCurrencyCode(input: string): DataVerdict<CurrencyCodeReason> {
  const code = input.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return invalidValue('currency.malformed');
  if (isInColumns(ACTIVE_CURRENCIES, 3, code)) return validValue(code);
  if (isWithdrawnCurrencyCode(code)) return invalidValue('currency.withdrawn');
  if (isInColumns(NOT_CURRENCIES, 3, code)) return invalidValue('currency.not-a-currency');
  return invalidValue('currency.unknown');
}

/**
 * Whether `code` (capitals) is a withdrawn ISO 4217 code that a stored profile may still
 * hold: shown as it is, and never a reason to refuse saving the profile's other fields.
 */
export function isWithdrawnCurrencyCode(code: string): boolean {
  return isInColumns(WITHDRAWN_CURRENCIES, 3, code);
}
