// Underscore form as the customer profile stores it: language, optional script, optional region.
const underscoreTagPattern = /^([a-z]{2,3})(?:_([A-Z][a-z]{3}))?(?:_([A-Z]{2}|[0-9]{3}))?$/;

function hasDisplayName(type: 'language' | 'script' | 'region', code: string): boolean {
  try {
    return new Intl.DisplayNames(['en'], { type, fallback: 'none' }).of(code) !== undefined;
  } catch {
    // `of` throws RangeError for structurally invalid codes: not a real subtag either.
    return false;
  }
}

/**
 * Whether `tag` is a language tag in the profile's underscore form (`en`, `en_US`,
 * `zh_Hans_CN`) whose subtags are real (known to `Intl.DisplayNames`).
 *
 * @example
 * ```ts
 * isLanguageTag('de_DE'); // true
 * isLanguageTag('en-US'); // false: hyphen form
 * isLanguageTag('zz_ZZ'); // false: no such language
 * ```
 */
export function isLanguageTag(tag: string): boolean {
  const match = underscoreTagPattern.exec(tag);
  if (match === null) {
    return false;
  }
  const [, language, script, region] = match;
  return (
    language !== undefined &&
    hasDisplayName('language', language) &&
    (script === undefined || hasDisplayName('script', script)) &&
    (region === undefined || hasDisplayName('region', region))
  );
}
