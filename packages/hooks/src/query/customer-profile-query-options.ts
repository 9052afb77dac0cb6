import { queryOptions } from '@tanstack/react-query';
import type { ProfileClient } from '../client/create-profile-client.js';
import { ProfileKitError } from '../client/profile-kit-error.js';
import type { CustomerProfile } from '../schema/customer-profile-schema.js';
import { normalizeExpand, type ProfileExpand } from '../schema/profile-expand.js';
import type { KitQueryOptions } from './kit-query-options.js';
import { type CustomerProfileQueryKey, profileQueryKeys } from './profile-query-keys.js';
import { profileRetryDelay, shouldRetryProfileRequest } from './profile-request-retry.js';

export interface CustomerProfileQueryInput {
  client: ProfileClient;
  /** Who is signed in (a non-secret id, never a token); `null` while nobody is: the query waits. */
  session: string | null;
  expand?: readonly ProfileExpand[] | undefined;
}

/**
 * The one definition of the profile query — key, fetcher, retry policy. The hooks are
 * built on it, and route loaders and SSR prefetch with it, so a prefetched page renders
 * without a second GET.
 *
 * @example
 * // In a route loader or on the server:
 * await queryClient.ensureQueryData(customerProfileQueryOptions({ client, session: customerNumber }));
 */
export function customerProfileQueryOptions({
  client,
  session,
  expand,
}: CustomerProfileQueryInput): KitQueryOptions<CustomerProfile, CustomerProfileQueryKey> {
  const normalized = normalizeExpand(expand);
  return queryOptions<CustomerProfile, ProfileKitError, CustomerProfile, CustomerProfileQueryKey>({
    queryKey: profileQueryKeys.profile(client.tenant, session, normalized),
    queryFn: ({ signal }) => {
      if (session === null) throw new ProfileKitError('unauthorized');
      return client.getProfile({ expand: normalized, signal, session });
    },
    enabled: session !== null,
    // TanStack's default ('online') pauses a read while the browser says it is offline:
    // an endless skeleton. Tried at once, it fails as `network` and is shown (no retries
    // while offline); the customer's Retry, or the connection coming back, reads again.
    networkMode: 'always',
    // TanStack turns reconnect refetches off with 'always'; a profile that failed offline
    // (or went stale) reads again once the connection is back.
    refetchOnReconnect: true,
    retry: shouldRetryProfileRequest,
    retryDelay: profileRetryDelay,
  });
}
