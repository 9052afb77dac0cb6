import { isProfileKitError } from '@profile-kit/hooks';
import { credentialProblem } from '@profile-kit/hooks/account';
import type { AccountMessages } from '../credential-form/account-messages.js';
import { credentialFailure } from '../credential-form/credential-failure.js';

/** Where the confirmation from the mail link stands, and what the customer can do next. */
export type ConfirmState =
  | 'confirming'
  | 'confirmed'
  | 'token-expired'
  | 'token-invalid'
  | 'failed';

/**
 * The state and text of a confirmation: a used, replaced, unknown or missing token is
 * `token-invalid`, an expired one `token-expired` (both: ask for the change again); any
 * other failure (offline, server) is `failed`, which trying again with the same link can fix.
 */
export function confirmOutcome(
  status: 'idle' | 'pending' | 'success' | 'error',
  error: unknown,
  text: AccountMessages,
  locale: string,
): { state: ConfirmState; message: string } {
  if (status === 'success') return { state: 'confirmed', message: text.confirmed };
  if (status !== 'error') return { state: 'confirming', message: text.confirming };
  const problem = credentialProblem(error);
  if (problem === 'token-expired') return { state: 'token-expired', message: text.tokenExpired };
  if (problem === 'token-invalid' || isProfileKitError(error, 'invalid-input')) {
    return { state: 'token-invalid', message: text.tokenInvalid };
  }
  return { state: 'failed', message: credentialFailure(error, text, locale).message };
}
