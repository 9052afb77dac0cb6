'use client';
import { type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import type { AddressQueryKey } from '../query/address-query-keys.js';
import { addressQueryOptions } from '../query/address-query-options.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { useProfileKit } from './profile-kit-context.js';

export type UseAddressOptions<TData = CustomerAddress> = Omit<
  UseQueryOptions<CustomerAddress, ProfileKitError, TData, AddressQueryKey>,
  'queryKey' | 'queryFn'
>;

/**
 * Reads one address (`GET /customer/{tenant}/me/addresses/{addressId}`). An unknown id is a
 * `not-found` error (not retried). Kept in step with the list by the address mutations.
 *
 * @example
 * const { data: address, error } = useAddress(addressId);
 * if (error?.kind === 'not-found') return <p>This address was removed.</p>;
 */
export function useAddress<TData = CustomerAddress>(
  id: string,
  options: UseAddressOptions<TData> = {},
): UseQueryResult<TData, ProfileKitError> {
  const { client, session } = useProfileKit();
  const { select: _none, ...shared } = addressQueryOptions({ client, session, id });
  return useQuery({
    ...shared,
    ...options,
    // A host's `enabled` can narrow the gate (no session, no id yet), never open it.
    enabled: shared.enabled === true && (options.enabled ?? true),
  });
}
