import type { ProfileKitMessages } from './en-messages.js';
import { profileKitMessages } from './profile-kit-messages.js';

/**
 * The shipped texts for a locale's language (`de-AT` → German, anything unknown →
 * English), with the host's overrides on top. An override left `undefined` keeps the
 * shipped text, so a partial object built from optional config never shows "undefined".
 */
export function resolveMessages(
  locale: string,
  overrides: Partial<ProfileKitMessages> | undefined,
): ProfileKitMessages {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  const shipped = language === 'de' ? profileKitMessages.de : profileKitMessages.en;
  if (!overrides) return shipped;
  const defined = Object.entries(overrides).filter(([, text]) => typeof text === 'string');
  return { ...shipped, ...Object.fromEntries(defined) };
}
