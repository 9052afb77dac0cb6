import { z } from 'zod';
import { toProfileLanguageTag } from '../../packages/hooks/src/language-tag.js';

let languageNames: Intl.DisplayNames | undefined;

/**
 * In the profile's form and canonical case, and real: the language subtag (the first
 * one, in a canonical tag) is real when `Intl` can name it without falling back to the code.
 */
const profileTagPattern = /^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?$/;

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
 * it: `en`, `en_US`, `de_DE`, `zh_Hant_TW`. `english`, `en-US`, `en_us` and `zz_ZZ` are
 * refused; {@link toProfileLanguageTag} turns a hyphenated tag into this form.
 */
export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, 'Use a known language tag like en or en_US.');

export type LanguageTag = z.output<typeof languageTagSchema>;
