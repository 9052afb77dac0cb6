import * as z from 'zod/mini';
import { toProfileLanguageTag } from './language-tag.js';

let languageNames: Intl.DisplayNames | undefined;

/** language[_Script][_REGION]: what profiles hold; no variants, extensions or private use. */
const profileTagPattern = /^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?$/;

/**
 * In the profile's form and canonical case, and real: the language subtag is real when
 * `Intl` can name it without falling back to the code.
 */
function isLanguageTag(tag: string): boolean {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return (
    profileTagPattern.test(tag) &&
    toProfileLanguageTag(tag) === tag &&
    !!languageNames.of(tag.split('_')[0] ?? '')
  );
}

/**
 * A BCP 47 language tag in the profile's underscore form, as `preferredLanguage` takes
 * it: `en`, `en_US`, `de_DE`, `zh_Hant_TW`. `english`, `en-US`, `en_us`, `zz_ZZ` and
 * tags with extensions (`en_US_u_ca_gregory`) are refused; {@link toProfileLanguageTag} turns a hyphenated tag into this form.
 */
export const languageTagSchema = z
  .string()
  .check(z.refine(isLanguageTag, 'Use a known language tag like en or en_US.'));

export type LanguageTag = z.output<typeof languageTagSchema>;
