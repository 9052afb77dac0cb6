'use client';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { ProfileClient } from '../client/create-profile-client.js';
import { enterSession } from '../query/current-sessions.js';
import { profileQueryKeys } from '../query/profile-query-keys.js';
import { ProfileKitContext } from './profile-kit-context.js';

export interface ProfileKitProviderProps {
  /** From `createProfileClient`; create it once (module scope or `useMemo`), not per render. */
  client: ProfileClient;
  /**
   * Who is signed in: a non-secret id that changes whenever the person behind the token
   * does — the customer number, `'anonymous'`, a login counter. Never the token itself.
   * `null` while there is no token: profile queries wait instead of failing. Let the token
   * source say whose token it has (`{ token, session }`, the same value as here): then a
   * request waits until the source has its session, and saves of the old one are aborted,
   * however a switch is timed. A source that gives just the token must switch with the
   * session in one synchronous update, token first.
   */
  session: string | null;
  children?: ReactNode;
}

/**
 * Gives the kit's hooks their client and session. Sits inside the host's own
 * `QueryClientProvider` and uses that QueryClient. When `session` changes (sign-out,
 * another customer), the previous session's cached profile is dropped, and every hook
 * reads the new session's key at once, so no one ever sees the previous customer's data.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <ProfileKitProvider client={profileClient} session={auth.customerNumber ?? null}>
 *     <AccountPage />
 *   </ProfileKitProvider>
 * </QueryClientProvider>
 */
export function ProfileKitProvider({ client, session, children }: ProfileKitProviderProps) {
  const queryClient = useQueryClient();
  const value = useMemo(() => ({ client, session }), [client, session]);
  const sessionKey = profileQueryKeys.session(client.tenant, session);

  // Not an effect cleanup: that would also run on unmount and, in Strict Mode, on mount.
  useEffect(() => {
    const queryKey = enterSession(queryClient, sessionKey);
    if (queryKey) {
      void queryClient.cancelQueries({ queryKey });
      queryClient.removeQueries({ queryKey });
    }
  });

  return <ProfileKitContext.Provider value={value}>{children}</ProfileKitContext.Provider>;
}
