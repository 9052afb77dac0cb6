import type { CountryCodeReason } from './country-code.js';
import type { CurrencyCodeReason } from './currency-code.js';
import type { LanguageTagReason } from './language-tag.js';
import type { PhoneNumberReason } from './phone-number.js';
import type { ProfileTextReason } from './profile-text.js';

/** Every reason a data rule gives, and `*.not-canonical` for a value sent in another spelling. */
export type DataReason =
  | CountryCodeReason
  | CurrencyCodeReason
  | LanguageTagReason
  | PhoneNumberReason
  | ProfileTextReason
  | 'country.not-canonical'
  | 'currency.not-canonical'
  | 'language.not-canonical';

/**
 * English messages for the reasons, each saying what is accepted. `{suggestion}` is the
 * value to use instead where the verdict has one. UI packages ship their own translations.
 */
export const dataReasonMessages: Readonly<Record<DataReason, string>> = {
  'country.malformed': 'Use a two-letter ISO 3166 country code, like DE.',
  'country.unknown': 'Use an assigned ISO 3166 country code, like DE or GB.',
  'country.not-canonical': 'Use the two-letter code in capitals: {suggestion}.',
  'currency.malformed': 'Use a three-letter ISO 4217 code in capitals, like EUR.',
  'currency.unknown': 'Use an ISO 4217 currency code, like EUR.',
  'currency.withdrawn': 'This currency has been withdrawn: choose a current one.',
  'currency.not-a-currency': 'This code is not a currency customers pay in: choose one like EUR.',
  'currency.not-canonical': 'Use the three-letter code in capitals: {suggestion}.',
  'language.malformed': 'Use a language tag like en or en_US.',
  'language.unknown-language': 'Use a two-letter ISO 639-1 language, like en or de.',
  'language.unknown-script': 'Use a known script, like zh_Hant_TW, or leave it out.',
  'language.unknown-region': 'Use a two-letter ISO 3166 region, like en_US, or leave it out.',
  'language.not-canonical': 'Use the profile form of this tag: {suggestion}.',
  'phone.letters': 'Use digits, spaces and + ( ) - . / only.',
  'phone.characters': 'Use digits, spaces and + ( ) - . / only.',
  'phone.too-short': 'Enter the full number: at least 5 digits.',
  'phone.too-long': 'A phone number has at most 15 digits.',
  'text.control-character': 'Remove tabs, line breaks and other control characters.',
  'text.lone-surrogate': 'This text holds a broken character: retype it.',
  'text.invisible-only': 'Enter visible characters.',
};
