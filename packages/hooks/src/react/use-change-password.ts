'use client';
import { changePassword } from '../client/credential-requests.js';
import type { PasswordChange } from '../schema/credential-schemas.js';
import {
  type CredentialMutationOptions,
  type CredentialMutationResult,
  useCredentialMutation,
} from './use-credential-mutation.js';

/**
 * Changes the password (`POST /customer/{tenant}/password/change`, not under `/me`). Neither
 * password enters the mutation's state (`variables` is `{}`). A new password equal to the
 * current one is `invalid-input`, nothing sent; a wrong current password is
 * `credentialProblem(error) === 'wrong-password'`; a 429 is `rate-limited` with
 * `retryAfterMs`; an expired session `unauthorized` (after the client's one refresh).
 * Never retried. After a change it starts the client's `refreshAccessToken`
 * (`client.refreshSession()`), as the old password's token may stop working; it succeeds
 * without waiting for that.
 *
 * @example
 * const change = useChangePassword();
 * change.mutate({ currentPassword, newPassword }, { onSuccess: () => form.reset() });
 */
export function useChangePassword(
  options: CredentialMutationOptions<Record<never, never>> = {},
): CredentialMutationResult<PasswordChange, Record<never, never>> {
  return useCredentialMutation(
    'change-password',
    ['currentPassword', 'newPassword'],
    changePassword,
    options,
  );
}
