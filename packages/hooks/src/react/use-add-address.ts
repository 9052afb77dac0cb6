'use client';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { addressWriteOptions } from '../query/address-write-options.js';
import { saveNewAddress } from '../query/save-new-address.js';
import type { AddressDraft } from '../schema/address-draft-schema.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { useProfileKit } from './profile-kit-context.js';

/** The options an address mutation hook takes: TanStack's, less what the kit decides. */
export type AddressMutationOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, ProfileKitError, TVariables, TContext>,
  'mutationFn' | 'mutationKey' | 'scope' | 'retry' | 'retryDelay'
>;

/**
 * Adds an address (`POST /customer/{tenant}/me/addresses`) and resolves with it, under the
 * id the API gave it. The cached list shows it at once under a temporary id
 * (`isPendingAddressId`), swapped for the real one when the POST answers, with no second
 * GET; on failure it leaves the list again. An invalid draft (no `contactName`, a country
 * that is not ISO 3166 alpha-2) fails with `invalid-input`, nothing sent. Never retried.
 *
 * @example
 * const add = useAddAddress();
 * add.mutate({ contactName: 'Anna Schmidt', street: 'Unter den Linden', country: 'DE', tags: ['SHIPPING'] });
 */
export function useAddAddress<TContext = unknown>(
  options: AddressMutationOptions<CustomerAddress, AddressDraft, TContext> = {},
): UseMutationResult<CustomerAddress, ProfileKitError, AddressDraft, TContext> {
  const { client, session } = useProfileKit();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    ...addressWriteOptions(client.tenant, session, 'add'),
    mutationFn: (draft) => saveNewAddress({ queryClient, client, session, draft }),
  });
}
