import { ACTIVE_CURRENCIES } from './iso/iso-tables.generated.js';
import { isLanguage } from './iso/language-tag.js';

let currencies: readonly string[] | undefined;
let languages: readonly string[] | undefined;

/**
 * Every currency code `currencyCodeSchema` accepts (`AED` … `ZWG`), sorted: what a text box
 * for a currency can suggest. Decoded from the generated table (three columns) on first use.
 */
export function activeCurrencyCodes(): readonly string[] {
  const count = ACTIVE_CURRENCIES.length / 3;
  currencies ??= Array.from({ length: count }, (_, row) =>
    [0, 1, 2].map((column) => ACTIVE_CURRENCIES.charAt(column * count + row)).join(''),
  );
  return currencies;
}

/**
 * Every ISO 639-1 language `languageTagSchema` accepts on its own (`aa` … `zu`), sorted:
 * what a text box for a language can suggest (regions combine with each of them).
 */
export function isoLanguageCodes(): readonly string[] {
  languages ??= Array.from({ length: 26 * 26 }, (_, index) =>
    String.fromCharCode(97 + Math.floor(index / 26), 97 + (index % 26)),
  ).filter(isLanguage);
  return languages;
}
