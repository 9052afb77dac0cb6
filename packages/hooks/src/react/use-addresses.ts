'use client';
import { type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import type { AddressListQueryKey } from '../query/address-query-keys.js';
import { addressListQueryOptions } from '../query/address-query-options.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { useProfileKit } from './profile-kit-context.js';

export type UseAddressesOptions<TData = CustomerAddress[]> = Omit<
  UseQueryOptions<CustomerAddress[], ProfileKitError, TData, AddressListQueryKey>,
  'queryKey' | 'queryFn'
>;

/**
 * Reads the signed-in customer's addresses (`GET /customer/{tenant}/me/addresses`), in the
 * session's cache scope. While the provider's `session` is `null` it waits (no request).
 * An anonymous session gets a `forbidden` error: the address book needs a customer token.
 *
 * @example
 * function AddressList() {
 *   const { data: addresses = [], isPending } = useAddresses();
 *   if (isPending) return <Skeleton />;
 *   return <ul>{addresses.map((a) => <li key={a.id}>{a.contactName}{a.isDefault && ' (default)'}</li>)}</ul>;
 * }
 */
export function useAddresses<TData = CustomerAddress[]>(
  options: UseAddressesOptions<TData> = {},
): UseQueryResult<TData, ProfileKitError> {
  const { client, session } = useProfileKit();
  const { select: _none, ...shared } = addressListQueryOptions({ client, session });
  return useQuery({
    ...shared,
    ...options,
    enabled: session !== null && (options.enabled ?? true),
  });
}
