import type { ProfileKitErrorKind } from '@profile-kit/hooks';
import type { ProfileKitMessages } from './en-messages.js';

/** The kinds with a text of their own; any other failure reads as a server problem. */
const ownText = /^(unauthorized|forbidden|not-found|network|timeout|rate-limited)$/;

/**
 * What to tell the customer when the profile could not be read or saved (for a reason
 * other than their input or a conflict): `loadErrorRateLimited` for a `rate-limited`
 * load, and `…ErrorServer` where a kind has no text for that action (a save is never
 * `not-found`).
 */
export function errorText(
  action: 'load' | 'save',
  kind: ProfileKitErrorKind | undefined,
  messages: ProfileKitMessages,
): string {
  const name =
    kind && ownText.test(kind) ? kind.replace(/(?:^|-)(\w)/g, (_, c) => c.toUpperCase()) : '';
  const texts: Partial<Record<string, string>> = messages;
  return texts[`${action}Error${name}`] ?? messages[`${action}ErrorServer`];
}
