import { profileQueryKeys } from './profile-query-keys.js';

/**
 * The address book's cache keys, inside the profile's tenant and session scope
 * (`profileQueryKeys.session`): a sign-out or a switch drops them with the profile.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: addressQueryKeys.all('mystore', customerNumber) });
 */
export const addressQueryKeys = {
  all: (tenant: string, session: string | null) =>
    [...profileQueryKeys.session(tenant, session), 'addresses'] as const,
  list: (tenant: string, session: string | null) =>
    [...addressQueryKeys.all(tenant, session), 'list'] as const,
  address: (tenant: string, session: string | null, id: string) =>
    [...addressQueryKeys.all(tenant, session), 'address', { id }] as const,
};

export type AddressListQueryKey = ReturnType<typeof addressQueryKeys.list>;
export type AddressQueryKey = ReturnType<typeof addressQueryKeys.address>;
