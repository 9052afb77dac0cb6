import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ProfileClient } from '../client/create-profile-client.js';
import { isProfileKitError, ProfileKitError } from '../client/profile-kit-error.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { addressQueryKeys } from './address-query-keys.js';
import { sessionSignal } from './current-sessions.js';
import type { CustomerProfileQueryKey } from './profile-query-keys.js';
import { profileQueryKeys } from './profile-query-keys.js';

/** A failed write that may have been stored all the same. */
export const isUnknownOutcome = (error: unknown) =>
  isProfileKitError(error) &&
  (error.kind === 'network' || error.kind === 'timeout' || (error.status ?? 0) >= 500);

export interface AddressBookCacheInput {
  queryClient: QueryClient;
  client: ProfileClient;
  session: string | null;
}

/**
 * What an address write does to the cache, for one session: hold the reads (a read under
 * way would overwrite the optimistic data), snapshot and roll back, change the list and a
 * single address, and mark the profile with `expand=addresses` stale, so the profile and
 * the list never disagree for long. `signal` aborts once another session has taken over.
 */
export function addressBookCache({ queryClient, client, session }: AddressBookCacheInput) {
  const { tenant } = client;
  const all = addressQueryKeys.all(tenant, session);
  const listKey = addressQueryKeys.list(tenant, session);
  const signal = sessionSignal(queryClient, profileQueryKeys.session(tenant, session));
  const mapList = (update: (list: CustomerAddress[]) => CustomerAddress[]) =>
    queryClient.setQueryData<CustomerAddress[]>(listKey, (list) => list && update(list));

  return {
    signal,
    listKey,
    /** Throws `aborted` once another session has taken over: nothing more is done for this one. */
    stopIfReplaced() {
      if (signal.aborted) throw new ProfileKitError('aborted');
    },
    /** Cancels the reads that have data (a first read has nothing to overwrite) and snapshots. */
    async hold(): Promise<[QueryKey, unknown][]> {
      await queryClient.cancelQueries({
        queryKey: all,
        predicate: (query) => query.state.data !== undefined,
      });
      return queryClient.getQueriesData({ queryKey: all });
    },
    restore(snapshot: [QueryKey, unknown][]) {
      for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
    },
    list: () => queryClient.getQueryData<CustomerAddress[]>(listKey),
    mapList,
    /** Applies `update` to the address `id` in the list and in its own query. */
    mapAddress(id: string, update: (address: CustomerAddress) => CustomerAddress) {
      mapList((list) => list.map((address) => (address.id === id ? update(address) : address)));
      queryClient.setQueryData<CustomerAddress>(
        addressQueryKeys.address(tenant, session, id),
        (address) => address && update(address),
      );
    },
    /** Takes the address `id` out of the list and drops its own query. */
    forget(id: string) {
      mapList((list) => list.filter((address) => address.id !== id));
      queryClient.removeQueries({
        queryKey: addressQueryKeys.address(tenant, session, id),
        exact: true,
      });
    },
    /** Marks the address queries stale; those on screen read again. */
    refresh: () => queryClient.invalidateQueries({ queryKey: all }),
    /** The same for the single-address queries only: the list was just read. */
    refreshSingles: () =>
      queryClient.invalidateQueries({
        queryKey: addressQueryKeys.all(tenant, session),
        predicate: (query) => query.queryKey[4] === 'address',
      }),
    /** Marks every profile variant with `expand=addresses` stale; those on screen read again. */
    profileChanged: () =>
      queryClient.invalidateQueries({
        queryKey: profileQueryKeys.profiles(tenant, session),
        predicate: (query) =>
          (query.queryKey as CustomerProfileQueryKey)[4]?.expand?.includes('addresses') ?? false,
      }),
  };
}
