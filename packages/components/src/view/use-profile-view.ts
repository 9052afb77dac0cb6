'use client';
import { isAnonymousProfile, useCustomerProfile, useProfileKit } from '@profile-kit/hooks';

/** The states both components show before (or instead of) the profile itself. */
export type ProfileViewState = 'loading' | 'error' | 'anonymous' | 'ready';

/**
 * The profile and which state a view of it is in — the one rule the card and the form
 * share: nobody signed in, or the anonymous profile, is `anonymous`; data is `ready`;
 * otherwise `error` or `loading`. `busy` is what `aria-busy` says.
 */
export function useProfileView() {
  const { session } = useProfileKit();
  const query = useCustomerProfile();
  const profile = query.data;
  let state: ProfileViewState = 'loading';
  if (session === null || (profile && isAnonymousProfile(profile))) state = 'anonymous';
  else if (profile) state = 'ready';
  else if (query.isError) state = 'error';
  const busy = state === 'loading' || (state === 'error' && query.isFetching);
  return { state, profile, query, busy };
}
