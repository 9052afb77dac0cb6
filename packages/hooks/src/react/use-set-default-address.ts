'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { addressWriteOptions } from '../query/address-write-options.js';
import { saveAddressChanges } from '../query/save-address-changes.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { useProfileKit } from './profile-kit-context.js';
import type { AddressMutationOptions } from './use-add-address.js';

/**
 * Makes an address the default. The contract has no default endpoint: this is an update
 * with `isDefault: true`. The list shows the new default at once and no other; after the
 * PATCH it is read again, and any other address the API still marks as default is updated
 * to `isDefault: false` — the contract does not say the API clears it — so two defaults
 * are never on screen. Resolves with the new default as read after.
 *
 * @example
 * const setDefault = useSetDefaultAddress();
 * <button onClick={() => setDefault.mutate(address.id)}>Make default</button>
 */
export function useSetDefaultAddress<TContext = unknown>(
  options: AddressMutationOptions<CustomerAddress | undefined, string, TContext> = {},
): UseMutationResult<CustomerAddress | undefined, ProfileKitError, string, TContext> {
  const { client, session } = useProfileKit();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    ...addressWriteOptions(client.tenant, session, 'set-default'),
    mutationFn: (id) =>
      saveAddressChanges({ queryClient, client, session, id, patch: { isDefault: true } }),
  });
}
