'use client';
import {
  partialMatchKey,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
} from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { customerProfileQueryOptions } from '../query/customer-profile-query-options.js';
import { type CustomerProfileQueryKey, profileQueryKeys } from '../query/profile-query-keys.js';
import type { CustomerProfile } from '../schema/customer-profile-schema.js';
import type { ProfileExpand } from '../schema/profile-expand.js';
import { useProfileKit } from './profile-kit-context.js';

export type UseCustomerProfileOptions<TData = CustomerProfile> = Omit<
  UseQueryOptions<CustomerProfile, ProfileKitError, TData, CustomerProfileQueryKey>,
  'queryKey' | 'queryFn'
> & {
  /** Extra data to read: `addresses`, `mixin:*`, `mixin:<name>`. Each set is its own cache entry. */
  expand?: readonly ProfileExpand[];
};

/**
 * Reads the signed-in customer's profile (`GET /customer/{tenant}/me`). Components that
 * ask for the same `expand` share one request and one cache entry. While the provider's
 * `session` is `null` the query waits (`isPending`, no request) instead of failing.
 * Retries network errors, timeouts, 5xx and 429 (after `Retry-After`), never other 4xx.
 *
 * @example
 * function Greeting() {
 *   const { data: firstName, isPending, error } = useCustomerProfile({
 *     select: (profile) => profile.firstName,
 *   });
 *   if (isPending) return <Skeleton />;
 *   if (error) return <p>{error.kind === 'unauthorized' ? 'Please sign in' : error.message}</p>;
 *   return <p>Hello {firstName}</p>;
 * }
 */
export function useCustomerProfile<TData = CustomerProfile>({
  expand,
  ...options
}: UseCustomerProfileOptions<TData> = {}): UseQueryResult<TData, ProfileKitError> {
  const { client, session } = useProfileKit();
  // The shared options select nothing; dropping the key lets `TData` follow the caller's `select`.
  const { select: _none, ...shared } = customerProfileQueryOptions({ client, session, expand });
  const { placeholderData } = options;
  const sessionKey = profileQueryKeys.session(client.tenant, session);
  return useQuery({
    ...shared,
    ...options,
    // A host's `enabled` can narrow the gate, never open it while nobody is signed in.
    enabled: session !== null && (options.enabled ?? true),
    // `keepPreviousData` and friends get the previous query only while it is this session's:
    // after a sign-out or a switch, the previous customer's profile is never a placeholder.
    placeholderData:
      typeof placeholderData === 'function'
        ? (previous, previousQuery) =>
            !previousQuery || partialMatchKey(previousQuery.queryKey, sessionKey)
              ? placeholderData(previous, previousQuery)
              : undefined
        : placeholderData,
  });
}
