import type { ProfileExpand } from '../schema/profile-expand.js';

/**
 * Every cache key the kit uses, from the widest to the narrowest, so that one call can
 * invalidate or remove a whole session. A session is a non-secret id of who is signed in
 * (never a token): two customers never share a key, so one never sees the other's data.
 *
 * @example
 * queryClient.removeQueries({ queryKey: profileQueryKeys.all }); // on sign-out, everything
 */
export const profileQueryKeys = {
  all: ['profile-kit'] as const,
  tenant: (tenant: string) => [...profileQueryKeys.all, tenant] as const,
  session: (tenant: string, session: string | null) =>
    [...profileQueryKeys.tenant(tenant), { session }] as const,
  /** Every variant of the profile (each `expand`), and nothing else of the session. */
  profiles: (tenant: string, session: string | null) =>
    [...profileQueryKeys.session(tenant, session), 'profile'] as const,
  profile: (tenant: string, session: string | null, expand: readonly ProfileExpand[]) =>
    [...profileQueryKeys.profiles(tenant, session), { expand }] as const,
  /**
   * A site's settings: public storefront data, the same for every token (customer or
   * anonymous), so under the tenant but outside every session. Signing in or out keeps it
   * (no second request); `profileQueryKeys.all` still drops it with everything else.
   */
  site: (tenant: string, siteCode: string) =>
    [...profileQueryKeys.tenant(tenant), 'site', { siteCode }] as const,
};

export type CustomerProfileQueryKey = ReturnType<typeof profileQueryKeys.profile>;
export type SiteQueryKey = ReturnType<typeof profileQueryKeys.site>;
