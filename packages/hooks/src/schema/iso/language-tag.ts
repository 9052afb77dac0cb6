import { isInColumns, replacementOf, twoLetterCodeSet } from './code-tables.js';
import { type DataVerdict, invalidValue, validValue } from './data-verdict.js';
import {
  LANGUAGE_ALIASES,
  LANGUAGE_BITMAP,
  NUMERIC_REGIONS,
  REGION_BITMAP,
  SCRIPTS,
} from './iso-tables.generated.js';

export type LanguageTagReason =
  | 'language.malformed'
  | 'language.unknown-language'
  | 'language.unknown-script'
  | 'language.unknown-region';

export const isLanguage = /* @__PURE__ */ twoLetterCodeSet(LANGUAGE_BITMAP);
const isRegion = /* @__PURE__ */ twoLetterCodeSet(REGION_BITMAP);

/** language, optional script, optional region; `_` or `-` between; any case. */
const tagPattern = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;

/**
 * A language tag as the customer profile stores it: an ISO 639-1 language, optionally a
 * script CLDR has locales for with a two-letter language (ISO 15924, `Hant`) and a region (ISO 3166-1 alpha-2, or a
 * UN M.49 area CLDR has locales for, `419`). Accepts any case and BCP 47's hyphens; the
 * valid value is canonical (`DE-ch` → `de_CH`), with deprecated codes replaced (`iw` →
 * `he`, `mo_MD` → `ro_MD`). Refuses `zxx`, `mul`, `en_ZZ`, retired regions (`en_UK`: GB),
 * `de_Abcd`, extensions and variants. A caller that takes only the canonical form compares `value`
 * with its input and offers `value` as the fix.
 *
 * @example
 * checkLanguageTag('zh-hant-tw'); // { valid: true, value: 'zh_Hant_TW' }
 * checkLanguageTag('en_ZZ'); // { valid: false, reason: 'language.unknown-region' }
 */
export function checkLanguageTag(input: string): DataVerdict<LanguageTagReason> {
  const match = tagPattern.exec(input);
  if (match === null) return invalidValue('language.malformed');
  const [, languageInput = '', scriptInput, regionInput] = match;
  const lower = languageInput.toLowerCase();
  const language = replacementOf(LANGUAGE_ALIASES, lower) ?? lower;
  if (!isLanguage(language)) return invalidValue('language.unknown-language');
  let tag = language;
  if (scriptInput !== undefined) {
    const script = scriptInput[0]?.toUpperCase() + scriptInput.slice(1).toLowerCase();
    if (!isInColumns(SCRIPTS, 4, script)) return invalidValue('language.unknown-script');
    tag += `_${script}`;
  }
  if (regionInput !== undefined) {
    const region = regionInput.toUpperCase();
    const known = isRegion(regionInput.toLowerCase()) || isInColumns(NUMERIC_REGIONS, 3, region);
    if (!known) return invalidValue('language.unknown-region');
    tag += `_${region}`;
  }
  return validValue(tag);
}
