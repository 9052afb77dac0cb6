import { z } from 'zod/mini';
import { toBcp47LanguageTag, toProfileLanguageTag } from '../../packages/hooks/src/language-tag.js';

let languageNames: Intl.DisplayNames | undefined;

function isKnownLanguage(profileTag: string): boolean {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    const language = new Intl.Locale(toBcp47LanguageTag(profileTag)).language;
    return languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

export const languageTagSchema = z.string().check(
  z.refine((tag) => toProfileLanguageTag(tag) === tag, {
    error: 'Use a language tag like en or en_US (underscore, language in lower case).',
    abort: true,
  }),
  z.refine(isKnownLanguage, 'This is not a known language.'),
);

export type LanguageTag = z.output<typeof languageTagSchema>;
