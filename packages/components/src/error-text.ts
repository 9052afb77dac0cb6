import type { ProfileKitErrorKind } from '@profile-kit/hooks';
import type { ProfileKitMessages } from './en-messages.js';

type TextKey<Prefix extends string> = Extract<keyof ProfileKitMessages, `${Prefix}${string}`>;

/*
 * Every kind, with its text when loading and when saving — keys TypeScript checks, so a
 * new kind or a renamed key fails the typecheck instead of silently reading as a server
 * problem. A save is never `not-found`; input, validation and conflicts are reported on
 * the fields or in the conflict panel, so they only need a fallback.
 */
const texts = {
  unauthorized: ['loadErrorUnauthorized', 'saveErrorUnauthorized'],
  forbidden: ['loadErrorForbidden', 'saveErrorForbidden'],
  'rate-limited': ['loadErrorRateLimited', 'saveErrorRateLimited'],
  network: ['loadErrorNetwork', 'saveErrorNetwork'],
  timeout: ['loadErrorTimeout', 'saveErrorTimeout'],
  server: ['loadErrorServer', 'saveErrorServer'],
  aborted: ['loadErrorServer', 'saveErrorServer'],
  'invalid-input': ['loadErrorServer', 'saveErrorServer'],
  validation: ['loadErrorServer', 'saveErrorServer'],
  conflict: ['loadErrorServer', 'saveErrorServer'],
  'not-found': ['loadErrorNotFound', 'saveErrorServer'],
  // Trying again does not help with an answer the kit cannot read, or a wrong client setup.
  'invalid-response': ['loadErrorUnavailable', 'saveErrorServer'],
  config: ['loadErrorUnavailable', 'saveErrorServer'],
} as const satisfies Record<
  ProfileKitErrorKind,
  readonly [load: TextKey<'loadError'>, save: TextKey<'saveError'>]
>;

/**
 * What to tell the customer when the profile could not be read or saved (for a reason
 * other than their input or a conflict); a failure that is not a `ProfileKitError` reads
 * as a server problem.
 */
export function errorText(
  action: 'load' | 'save',
  kind: ProfileKitErrorKind | undefined,
  messages: ProfileKitMessages,
): string {
  return messages[texts[kind ?? 'server'][action === 'load' ? 0 : 1]];
}
