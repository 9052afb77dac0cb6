import { toBcp47LanguageTag } from '@profile-kit/hooks';

type DisplayNameType = 'language' | 'currency';

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string, type: DisplayNameType): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  let names = cache.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'none' });
    } catch {
      // An unknown or malformed UI locale: codes are still shown, just without names.
      names = null;
    }
    cache.set(key, names);
  }
  return names;
}

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
    const name = displayNames(locale, type)?.of(
      type === 'language' ? toBcp47LanguageTag(code) : code,
    );
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
