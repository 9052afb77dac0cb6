'use client';
import { changeEmail } from '../client/credential-requests.js';
import type { EmailChange } from '../schema/credential-schemas.js';
import {
  type CredentialMutationOptions,
  type CredentialMutationResult,
  useCredentialMutation,
} from './use-credential-mutation.js';

/** What `useChangeEmail` keeps of its input: everything but the password. */
export type EmailChangeShown = Omit<EmailChange, 'password'>;

/**
 * Asks for an email change (`POST …/me/accounts/internal/email/change`): on success the
 * customer gets a mail with a confirmation link ("check your inbox"); nothing changes
 * before it is confirmed. The password never enters the mutation's state. Errors: a wrong
 * password is `credentialProblem(error) === 'wrong-password'`, a 429 is `rate-limited`
 * with `retryAfterMs`, invalid input `invalid-input` (nothing sent). Never retried.
 *
 * @example
 * const change = useChangeEmail();
 * change.mutate({ email: 'anna@example.com', password, newEmail: 'anna@example.org', syncContactEmail: true });
 */
export function useChangeEmail(
  options: CredentialMutationOptions<EmailChangeShown> = {},
): CredentialMutationResult<EmailChange, EmailChangeShown> {
  return useCredentialMutation('change-email', ['password'], changeEmail, options);
}
