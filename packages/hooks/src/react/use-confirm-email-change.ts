'use client';
import { useQueryClient } from '@tanstack/react-query';
import { confirmEmailChange } from '../client/credential-requests.js';
import { profileQueryKeys } from '../query/profile-query-keys.js';
import type { EmailChangeConfirmation } from '../schema/credential-schemas.js';
import {
  type CredentialMutationOptions,
  type CredentialMutationResult,
  useCredentialMutation,
} from './use-credential-mutation.js';

/**
 * Confirms an email change with the token from the mail link
 * (`POST …/me/accounts/internal/email/change/confirm`). The contract asks for an
 * **anonymous** token, so the provider's client must give one: the confirm page works
 * where nobody is signed in. The token is kept out of the mutation's state like a
 * password. On success every cached profile of the tenant reads again (the email changed).
 * A used or unknown token is `credentialProblem(error) === 'token-invalid'`, an expired one
 * `'token-expired'`. Never retried.
 *
 * @example
 * const confirm = useConfirmEmailChange();
 * useEffect(() => confirm.mutate({ token }), [token]);
 */
export function useConfirmEmailChange(
  options: CredentialMutationOptions<Record<never, never>> = {},
): CredentialMutationResult<EmailChangeConfirmation, Record<never, never>> {
  const queryClient = useQueryClient();
  return useCredentialMutation(
    'confirm-email-change',
    ['token'],
    async (client, confirmation) => {
      await confirmEmailChange(client, confirmation);
      void queryClient.invalidateQueries({ queryKey: profileQueryKeys.tenant(client.tenant) });
    },
    options,
  );
}
