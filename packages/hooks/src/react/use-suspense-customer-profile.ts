'use client';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { customerProfileQueryOptions } from '../query/customer-profile-query-options.js';
import type { CustomerProfile } from '../schema/customer-profile-schema.js';
import type { ProfileExpand } from '../schema/profile-expand.js';
import { useProfileKit } from './profile-kit-context.js';

export interface UseSuspenseCustomerProfileOptions {
  expand?: readonly ProfileExpand[];
}

/**
 * Like {@link useCustomerProfile}, but suspends until the profile is there and throws
 * failures to the nearest error boundary. Same cache key, so a profile prefetched with
 * `customerProfileQueryOptions` renders at once. Meant for pages behind sign-in: with no
 * session (provider `session={null}`) there is nothing to wait for, and it throws an
 * `unauthorized` `ProfileKitError` to the error boundary.
 *
 * @example
 * function AccountName() {
 *   const { data: profile } = useSuspenseCustomerProfile();
 *   return <h1>{profile.firstName} {profile.lastName}</h1>;
 * }
 */
export function useSuspenseCustomerProfile({
  expand,
}: UseSuspenseCustomerProfileOptions = {}): UseSuspenseQueryResult<
  CustomerProfile,
  ProfileKitError
> {
  const { client, session } = useProfileKit();
  // With no session the query function throws `unauthorized`, which suspense passes on.
  return useSuspenseQuery(customerProfileQueryOptions({ client, session, expand }));
}
