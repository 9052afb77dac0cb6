import { de } from '@profile-kit/components/locales/de';
import { type ProfileKitMessages, profileKitMessages } from '../src/index.js';

/**
 * The catalog a story's component gets for its locale, as a host passes it: German
 * (opt-in, from `@profile-kit/components/locales/de`) for a German locale, nothing — the
 * built-in English — otherwise.
 */
export function messagesForLocale(locale: unknown): ProfileKitMessages | undefined {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('de') ? de : undefined;
}

/**
 * The texts the story's component shows — for the story's own `locale` arg, else the
 * Locale toolbar's — so play functions find "Save changes" or "Änderungen speichern" alike.
 */
export function storyMessages(context: {
  args: Record<string, unknown>;
  globals: Record<string, unknown>;
}): ProfileKitMessages {
  const locale =
    typeof context.args.locale === 'string' ? context.args.locale : context.globals.locale;
  return messagesForLocale(locale) ?? profileKitMessages.en;
}
