import { codesInColumns } from './iso/code-tables.js';
import { ACTIVE_CURRENCIES } from './iso/iso-tables.generated.js';
import { isLanguage } from './iso/language-tag.js';

let currencies: readonly string[] | undefined;
let languages: readonly string[] | undefined;

/**
 * Every currency code `currencyCodeSchema` accepts (`AED` … `ZWG`), sorted: what a text box
 * for a currency can suggest. Decoded from the generated table on first use.
 */
export function activeCurrencyCodes(): readonly string[] {
  currencies ??= codesInColumns(ACTIVE_CURRENCIES, 3);
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
