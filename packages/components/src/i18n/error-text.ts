import type { ProfileKitErrorKind } from '@profile-kit/hooks';
import { onlineManager } from '@tanstack/react-query';
import type { ProfileKitMessages } from './en-messages.js';

type TextKey<Prefix extends string> = Extract<keyof ProfileKitMessages, `${Prefix}${string}`>;

/*
 * The kinds that read as a server problem: a save is never `not-found`, and input,
 * validation and conflicts are reported on the fields or in the conflict panel, so they
 * only need this fallback.
 */
type ServerProblem = 'server' | 'aborted' | 'invalid-input' | 'validation' | 'conflict';

/*
 * Every other kind, with its text when loading and when saving — kinds and keys
 * TypeScript checks, so a new kind or a renamed key fails the typecheck instead of
 * silently reading as a server problem.
 */
const texts: Record<
  Exclude<ProfileKitErrorKind, ServerProblem>,
  readonly [load: TextKey<'loadError'>, save: TextKey<'saveError'>]
> = {
  unauthorized: ['loadErrorUnauthorized', 'saveErrorUnauthorized'],
  forbidden: ['loadErrorForbidden', 'saveErrorForbidden'],
  'rate-limited': ['loadErrorRateLimited', 'saveErrorRateLimited'],
  network: ['loadErrorNetwork', 'saveErrorNetwork'],
  timeout: ['loadErrorTimeout', 'saveErrorTimeout'],
  'not-found': ['loadErrorNotFound', 'saveErrorServer'],
  // Trying again does not help with an answer the kit cannot read, or a wrong client setup.
  'invalid-response': ['loadErrorUnavailable', 'saveErrorServer'],
  config: ['loadErrorUnavailable', 'saveErrorServer'],
};

/** Without a connection: no request went out, and the page tries again once it is back. */
const offline = ['loadErrorOffline', 'saveErrorOffline'] as const;

/**
 * What to tell the customer when the profile could not be read or saved (for a reason
 * other than their input or a conflict); a failure that is not a `ProfileKitError` reads
 * as a server problem. A network failure while the browser is offline says so.
 */
export function errorText(
  action: 'load' | 'save',
  kind: ProfileKitErrorKind | undefined,
  messages: ProfileKitMessages,
): string {
  const [load, save] =
    kind === 'network' && !onlineManager.isOnline()
      ? offline
      : (texts[kind as keyof typeof texts] ?? ['loadErrorServer', 'saveErrorServer']);
  return messages[action === 'load' ? load : save];
}
