/**
 * The customer profile writes language tags with underscores (`en_US`), the rest of
 * Emporix and `Intl` with hyphens (`en-US`). These convert between the two forms.
 */
export function toBcp47LanguageTag(profileTag: string): string {
  return profileTag.replaceAll('_', '-');
}

/** `en-US` → `en_US`, in canonical case (`EN-us` → `en_US`); `undefined` when malformed. */
export function toProfileLanguageTag(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(toBcp47LanguageTag(tag));
    return canonical?.replaceAll('-', '_');
  } catch {
    return undefined;
  }
}
