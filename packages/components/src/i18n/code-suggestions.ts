import { activeCurrencyCodes, isoLanguageCodes } from '@profile-kit/hooks';
import { cached } from './cached.js';
import { displayName } from './display-name.js';

export interface CodeSuggestion {
  /** The code as the field takes it: `de`, `EUR`. */
  value: string;
  /** Its name in the UI locale ("German", "Euro"), or the code where `Intl` has none. */
  label: string;
}

/**
 * Every valid language or currency with its name in the UI locale, in the order of the
 * codes: what a language or currency text box suggests when the host offers no options
 * (the browser filters them by code and name as the customer types). Built once per kind
 * and locale.
 */
export function codeSuggestions(
  kind: 'language' | 'currency',
  locale: string,
): readonly CodeSuggestion[] {
  return cached(`suggestions|${kind}|${locale}`, () =>
    (kind === 'language' ? isoLanguageCodes() : activeCurrencyCodes()).map((value) => ({
      value,
      label: displayName(locale, kind, value) ?? value,
    })),
  );
}
