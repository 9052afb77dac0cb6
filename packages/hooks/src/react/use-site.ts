'use client';
import { type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import type { SiteQueryKey } from '../query/profile-query-keys.js';
import { siteQueryOptions } from '../query/site-query-options.js';
import type { Site } from '../schema/site-schema.js';
import { useProfileKit } from './profile-kit-context.js';

export type UseSiteOptions<TData = Site> = Omit<
  UseQueryOptions<Site, ProfileKitError, TData, SiteQueryKey>,
  'queryKey' | 'queryFn'
>;

/**
 * Reads what a site offers (`GET /site/{tenant}/sites/{siteCode}`): its languages,
 * currencies and countries. Every component asking for the same site shares one request
 * and one cache entry, kept fresh for an hour. Needs no signed-in customer: an anonymous
 * token reads sites too. An invalid `siteCode` fails as `invalid-input` with nothing sent;
 * errors and retries are the profile's.
 *
 * @example
 * function CurrencyNote() {
 *   const { data: site } = useSite('main');
 *   return site ? <p>We accept {site.availableCurrencies?.join(', ')}</p> : null;
 * }
 */
export function useSite<TData = Site>(
  siteCode: string,
  options: UseSiteOptions<TData> = {},
): UseQueryResult<TData, ProfileKitError> {
  const { client } = useProfileKit();
  // The shared options select nothing; dropping the key lets `TData` follow the caller's `select`.
  const { select: _none, ...shared } = siteQueryOptions({ client, siteCode });
  return useQuery({ ...shared, ...options });
}
