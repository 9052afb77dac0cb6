import { z } from 'zod/mini';
import { toBcp47LanguageTag, toProfileLanguageTag } from './language-tag.js';

let languageNames: Intl.DisplayNames | undefined;

/** A language subtag is real when `Intl` can name it without falling back to the code. */
function isKnownLanguage(profileTag: string): boolean {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    const language = new Intl.Locale(toBcp47LanguageTag(profileTag)).language;
    return languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag in the profile's underscore form, as `preferredLanguage` takes
 * it: `en`, `en_US`, `de_DE`, `zh_Hant_TW`. `english`, `en-US`, `en_us` and `zz_ZZ` are
 * refused; {@link toProfileLanguageTag} turns a hyphenated tag into this form.
 */
export const languageTagSchema = z.string().check(
  z.refine((tag) => toProfileLanguageTag(tag) === tag, {
    error: 'Use a language tag like en or en_US (underscore, language in lower case).',
    abort: true,
  }),
  z.refine(isKnownLanguage, 'This is not a known language.'),
);

export type LanguageTag = z.output<typeof languageTagSchema>;
