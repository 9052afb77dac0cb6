import { type ProfileKitMessages, profileKitMessages } from '../src/index.js';

/**
 * The texts the story's component shows — the story's own `locale` arg, else the Locale
 * toolbar's — so play functions find "Save changes" or "Änderungen speichern" alike.
 */
export function storyMessages(context: {
  args: Record<string, unknown>;
  globals: Record<string, unknown>;
}): ProfileKitMessages {
  const locale =
    typeof context.args.locale === 'string' ? context.args.locale : context.globals.locale;
  return typeof locale === 'string' && locale.toLowerCase().startsWith('de')
    ? profileKitMessages.de
    : profileKitMessages.en;
}
