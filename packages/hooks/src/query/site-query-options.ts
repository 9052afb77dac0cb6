import { queryOptions } from '@tanstack/react-query';
import type { ProfileClient } from '../client/create-profile-client.js';
import { errorFromZod } from '../client/error-from-zod.js';
import { ProfileKitError } from '../client/profile-kit-error.js';
import { siteCodeSchema } from '../schema/site-code-schema.js';
import { type Site, siteSchema } from '../schema/site-schema.js';
import type { KitQueryOptions } from './kit-query-options.js';
import { profileQueryKeys, type SiteQueryKey } from './profile-query-keys.js';
import { profileRetryDelay, shouldRetryProfileRequest } from './profile-request-retry.js';

export interface SiteQueryInput {
  client: ProfileClient;
  /** The site's `code`, e.g. `main`; checked before any request (`invalid-input`). */
  siteCode: string;
}

/** Site settings change when a merchant edits them, not while a customer edits a form. */
const siteStaleTimeMs = 60 * 60 * 1000;

/**
 * The one definition of the site query (`GET /site/{tenant}/sites/{siteCode}`): key,
 * fetcher, retry policy — the profile's — and a one-hour `staleTime`. It needs no session:
 * a site is the same for every customer and for anonymous visitors, so it runs while
 * nobody is signed in (with whatever token the source gives) and survives sign-in and
 * sign-out. Usable in route loaders and SSR prefetch like the profile's.
 *
 * @example
 * await queryClient.ensureQueryData(siteQueryOptions({ client, siteCode: 'main' }));
 */
export function siteQueryOptions({
  client,
  siteCode,
}: SiteQueryInput): KitQueryOptions<Site, SiteQueryKey> {
  return queryOptions<Site, ProfileKitError, Site, SiteQueryKey>({
    queryKey: profileQueryKeys.site(client.tenant, siteCode),
    queryFn: async ({ signal }) => {
      const code = siteCodeSchema.safeParse(siteCode);
      if (!code.success) throw errorFromZod('invalid-input', code.error);
      const body = await client.request(
        (tenant) => `/site/${tenant}/sites/${code.data}`,
        {},
        { signal },
      );
      const site = siteSchema.safeParse(body);
      if (!site.success) throw new ProfileKitError('invalid-response');
      return site.data;
    },
    staleTime: siteStaleTimeMs,
    networkMode: 'always',
    // TanStack turns reconnect refetches off with 'always': a site that failed offline reads
    // again once the connection is back (a fresh one is not read again).
    refetchOnReconnect: true,
    retry: shouldRetryProfileRequest,
    retryDelay: profileRetryDelay,
  });
}
