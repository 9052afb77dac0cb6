'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { addressWriteOptions } from '../query/address-write-options.js';
import { type AddressTagChange, saveAddressTags } from '../query/save-address-tags.js';
import { useProfileKit } from './profile-kit-context.js';
import type { AddressMutationOptions } from './use-add-address.js';

/**
 * Adds and removes tags of an address (`POST` and `DELETE
 * /customer/{tenant}/me/addresses/{addressId}/tags?tags=…`), such as `BILLING` and
 * `SHIPPING`. Tags are compared case-insensitively, as the API does: adding `billing` to an
 * address tagged `BILLING` changes nothing. Shown at once, rolled back on failure.
 *
 * @example
 * const tags = useAddressTags();
 * tags.mutate({ id: address.id, add: ['BILLING'], remove: ['SHIPPING'] });
 */
export function useAddressTags<TContext = unknown>(
  options: AddressMutationOptions<void, AddressTagChange, TContext> = {},
): UseMutationResult<void, ProfileKitError, AddressTagChange, TContext> {
  const { client, session } = useProfileKit();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    ...addressWriteOptions(client.tenant, session, 'tags'),
    mutationFn: (change) => saveAddressTags({ queryClient, client, session, ...change }),
  });
}
