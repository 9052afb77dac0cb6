'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { addressWriteOptions } from '../query/address-write-options.js';
import { deleteAddress } from '../query/delete-address.js';
import { useProfileKit } from './profile-kit-context.js';
import type { AddressMutationOptions } from './use-add-address.js';

/**
 * Removes an address (`DELETE /customer/{tenant}/me/addresses/{addressId}`, 204). It leaves
 * the cached list at once and comes back if the DELETE fails — except for `not-found`
 * (removed elsewhere already): that error is reported, and the address stays out of the cache.
 *
 * @example
 * const remove = useRemoveAddress();
 * remove.mutate(address.id, { onError: (error) => error.kind !== 'not-found' && toast(error.message) });
 */
export function useRemoveAddress<TContext = unknown>(
  options: AddressMutationOptions<void, string, TContext> = {},
): UseMutationResult<void, ProfileKitError, string, TContext> {
  const { client, session } = useProfileKit();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    ...addressWriteOptions(client.tenant, session, 'remove'),
    mutationFn: (id) => deleteAddress({ queryClient, client, session, id }),
  });
}
