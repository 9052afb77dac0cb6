'use client';

import { ProfileCard, ProfileForm } from '@profile-kit/components';
import { AddressBook } from '@profile-kit/components/addresses';
import { ProfileKitProvider } from '@profile-kit/hooks';
import {
  type DehydratedState,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserProfileClient } from '../../browser-profile-client';
import { site } from '../../site';

export interface AccountProfileProps {
  tenant: string;
  /** The non-secret sign-in id the server prefetched with, so the cache keys match. */
  session: string | null;
  /** The server's prefetched profile and address book (`dehydrate(queryClient)`). */
  state: DehydratedState;
}

/** Sends the visitor to the sign-in page (a full load: the server sets new cookies there). */
const signIn = () => window.location.assign('/');

/**
 * The client half of the page: QueryClientProvider → ProfileKitProvider → HydrationBoundary
 * → card or form, and the address book. The boundary must sit inside the provider, which is
 * why it is here and not in the server component.
 */
export function AccountProfile({ tenant, session, state }: AccountProfileProps) {
  // Once per tab. A staleTime above 0: the hydrated profile is fresh, so no second GET on mount.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }),
  );
  const [client] = useState(() => createBrowserProfileClient(tenant, session));
  const [editing, setEditing] = useState(false);
  return (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session={session}>
        <HydrationBoundary state={state}>
          {editing ? (
            <ProfileForm
              locale={site.locale}
              languages={site.languages}
              currencies={site.currencies}
              onSaved={() => setEditing(false)}
              onCancel={() => setEditing(false)}
              onSessionExpired={signIn}
              onSignIn={signIn}
            />
          ) : (
            <ProfileCard locale={site.locale} onEdit={() => setEditing(true)} onSignIn={signIn} />
          )}
          {session !== null && (
            <AddressBook locale={site.locale} countries={site.shipToCountries} onSignIn={signIn} />
          )}
        </HydrationBoundary>
      </ProfileKitProvider>
    </QueryClientProvider>
  );
}
