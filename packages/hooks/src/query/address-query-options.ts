import { queryOptions } from '@tanstack/react-query';
import { getAddress, listAddresses } from '../client/address-requests.js';
import type { ProfileClient } from '../client/create-profile-client.js';
import { ProfileKitError } from '../client/profile-kit-error.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import {
  type AddressListQueryKey,
  type AddressQueryKey,
  addressQueryKeys,
} from './address-query-keys.js';
import type { KitQueryOptions } from './kit-query-options.js';
import { isPendingAddressId } from './pending-address-id.js';
import { profileRetryDelay, shouldRetryProfileRequest } from './profile-request-retry.js';

export interface AddressListQueryInput {
  client: ProfileClient;
  /** Who is signed in (a non-secret id, never a token); `null` while nobody is: the query waits. */
  session: string | null;
}

// As the profile query: tried at once even offline, retried only what may pass by itself,
// and read again once the connection is back (TanStack turns that off with 'always').
const shared = {
  networkMode: 'always',
  refetchOnReconnect: true,
  retry: shouldRetryProfileRequest,
  retryDelay: profileRetryDelay,
} as const;

/**
 * The one definition of the address list query (`GET /me/addresses`): key, fetcher, retry
 * policy. `useAddresses` is built on it; route loaders and SSR prefetch with it.
 *
 * @example
 * await queryClient.ensureQueryData(addressListQueryOptions({ client, session: customerNumber }));
 */
export function addressListQueryOptions({
  client,
  session,
}: AddressListQueryInput): KitQueryOptions<CustomerAddress[], AddressListQueryKey> {
  return queryOptions<CustomerAddress[], ProfileKitError, CustomerAddress[], AddressListQueryKey>({
    queryKey: addressQueryKeys.list(client.tenant, session),
    queryFn: ({ signal }) => {
      if (session === null) throw new ProfileKitError('unauthorized');
      return listAddresses(client, { signal, session });
    },
    enabled: session !== null,
    ...shared,
  });
}

export interface AddressQueryInput extends AddressListQueryInput {
  /** The address's id. */
  id: string;
}

/** The one definition of the single-address query (`GET /me/addresses/{addressId}`). */
export function addressQueryOptions({
  client,
  session,
  id,
}: AddressQueryInput): KitQueryOptions<CustomerAddress, AddressQueryKey> {
  return queryOptions<CustomerAddress, ProfileKitError, CustomerAddress, AddressQueryKey>({
    queryKey: addressQueryKeys.address(client.tenant, session, id),
    queryFn: ({ signal }) => {
      if (session === null) throw new ProfileKitError('unauthorized');
      return getAddress(client, id, { signal, session });
    },
    // A temporary id of an address being added has nothing to read yet.
    enabled: session !== null && id !== '' && !isPendingAddressId(id),
    ...shared,
  });
}
