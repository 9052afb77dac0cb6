import { toBcp47LanguageTag } from '@profile-kit/hooks';
import { cached } from './cached.js';

type DisplayNameType = 'language' | 'currency';

/**
 * The name of a language (`de_DE` → "German (Germany)") or currency (`EUR` → "Euro") in
 * the UI locale; `undefined` when `Intl` does not know it — a legacy `EURO` included,
 * for which `Intl.DisplayNames` would throw.
 */
export function displayName(
  locale: string,
  type: DisplayNameType,
  code: string,
): string | undefined {
  if (!code) return undefined;
  try {
    const names = cached(`${type}|${locale}`, () => {
      try {
        // 'standard': "German (Switzerland)", "English (United States)" — the language a
        // customer looks for, with the region — never a dialect name ("Swiss High German").
        return new Intl.DisplayNames([locale, 'en'], {
          type,
          fallback: 'none',
          languageDisplay: 'standard',
        });
      } catch {
        // An unknown or malformed UI locale: codes are still shown, just without names.
        return null;
      }
    });
    const name = names?.of(type === 'language' ? toBcp47LanguageTag(code) : code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
