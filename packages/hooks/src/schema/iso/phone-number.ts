import { type DataVerdict, invalidValue, validValue } from './data-verdict.js';

export type PhoneNumberReason =
  | 'phone.letters'
  | 'phone.characters'
  | 'phone.too-short'
  | 'phone.too-long';

/** E.164 allows at most 15 digits, country code included. */
export const maxPhoneDigits = 15;
/**
 * Fewer than 5 digits is not a number anyone can be called on: the shortest in use are
 * national numbers of five digits (Falkland Islands, Tuvalu) once the trunk prefix is typed.
 */
export const minPhoneDigits = 5;

/** Spaces people type or paste: space, no-break, narrow no-break, figure and thin space. */
const spaces = /[\u00a0\u2007\u2009\u202f]/g;
/** What a phone number may hold besides its digits: a leading +, spaces, ( ) . / and dashes. */
const phonePattern = /^\+?[\d ()./\-\u2010-\u2015\u2212]*$/;

/**
 * A phone number as people type it: `(555) 123-4567`, `(030) 1234567`, `+49 30 1234567`,
 * with no-break or narrow no-break spaces, or pasted from a `tel:` link. Refuses letters
 * (`call me`, `555-CALL`, `ext. 12`), other characters, and fewer than 5 or more than 15
 * digits. The valid value is what was typed, without `tel:`, with ordinary spaces, trimmed;
 * an empty value is valid (the field is cleared).
 *
 * @example
 * checkPhoneNumber('tel:+49\u00a030\u00a01234567'); // { valid: true, value: '+49 30 1234567' }
 * checkPhoneNumber('123'); // { valid: false, reason: 'phone.too-short' }
 */
export function checkPhoneNumber(input: string): DataVerdict<PhoneNumberReason> {
  const value = input
    .replace(/^\s*tel:/i, '')
    .replace(spaces, ' ')
    .trim();
  if (value === '' && !/tel:/i.test(input)) return validValue('');
  if (!phonePattern.test(value)) {
    return invalidValue(/\p{L}/u.test(value) ? 'phone.letters' : 'phone.characters');
  }
  const digits = value.replace(/\D/g, '').length;
  if (digits < minPhoneDigits) return invalidValue('phone.too-short');
  if (digits > maxPhoneDigits) return invalidValue('phone.too-long');
  return validValue(value);
}
