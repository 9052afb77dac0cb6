import { isProfileKitError } from '@profile-kit/hooks';
import { credentialProblem } from '@profile-kit/hooks/account';
import { onlineManager } from '@tanstack/react-query';
import { formatMessage } from '../i18n/format-message.js';
import type { SignInKey } from '../i18n/sign-in-key.js';
import type { AccountMessages } from './account-messages.js';
import { retryWhen } from './retry-when.js';

/** How a failed credential call is shown: on the password field, or in the form's alert. */
export type CredentialFailure =
  | { on: 'password'; message: string }
  | { on: 'form'; message: string; signIn?: SignInKey | undefined };

/**
 * What to tell the customer about a failed email or password change. A wrong password
 * belongs on the password field; everything else in the form's alert, with the sign-in
 * that helps (an expired session, a session that may not change credentials) and, for a
 * 429, when to try again. A network failure while the browser is offline says so.
 */
export function credentialFailure(
  error: unknown,
  messages: AccountMessages,
  locale: string,
): CredentialFailure {
  if (credentialProblem(error) === 'wrong-password') {
    return { on: 'password', message: messages.errorWrongPassword };
  }
  const form = (message: string, signIn?: SignInKey): CredentialFailure => ({
    on: 'form',
    message,
    signIn,
  });
  const kind = isProfileKitError(error) ? error.kind : undefined;
  switch (kind) {
    case 'unauthorized':
      return form(messages.failedUnauthorized, 'signInAgain');
    case 'forbidden':
      return form(messages.failedForbidden, 'signIn');
    case 'rate-limited': {
      const after = isProfileKitError(error) ? error.retryAfterMs : undefined;
      return form(
        after === undefined
          ? messages.failedRateLimitedLater
          : formatMessage(messages.failedRateLimited, { when: retryWhen(after, locale) }),
      );
    }
    case 'network':
      return form(onlineManager.isOnline() ? messages.failedNetwork : messages.failedOffline);
    case 'timeout':
      return form(messages.failedTimeout);
    case 'validation':
    case 'invalid-input':
      return form(messages.errorRefused);
    default:
      return form(messages.failedServer);
  }
}
