'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { addressWriteOptions } from '../query/address-write-options.js';
import { saveAddressChanges } from '../query/save-address-changes.js';
import type { AddressPatch } from '../schema/address-draft-schema.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { useProfileKit } from './profile-kit-context.js';
import type { AddressMutationOptions } from './use-add-address.js';

/** What `useUpdateAddress` takes: the address's id and the changed fields only. */
export interface AddressUpdate {
  id: string;
  patch: AddressPatch;
}

/**
 * Changes an address (`PATCH /customer/{tenant}/me/addresses/{addressId}`), sending only the
 * fields in `patch`, and resolves with the address as read after (`undefined` if that read
 * failed). The cache shows the change at once and rolls it back on failure; a `not-found`
 * address leaves the cache. For `isDefault: true` prefer `useSetDefaultAddress`.
 *
 * @example
 * const update = useUpdateAddress();
 * update.mutate({ id: address.id, patch: { city: 'Potsdam', zipCode: '14467' } });
 */
export function useUpdateAddress<TContext = unknown>(
  options: AddressMutationOptions<CustomerAddress | undefined, AddressUpdate, TContext> = {},
): UseMutationResult<CustomerAddress | undefined, ProfileKitError, AddressUpdate, TContext> {
  const { client, session } = useProfileKit();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    ...addressWriteOptions(client.tenant, session, 'update'),
    mutationFn: ({ id, patch }) => saveAddressChanges({ queryClient, client, session, id, patch }),
  });
}
