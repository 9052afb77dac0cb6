import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  createProfileClient,
  customerProfileQueryOptions,
  type ProfileClient,
  ProfileKitProvider,
} from '../src/index.js';

/** The server half of server rendering: one request's prefetch of Anna's profile, dehydrated. */
export async function prefetchOnServer() {
  const mock = createProfileApiMock();
  const client = createProfileClient({
    tenant: 'demo',
    getAccessToken: () => mockTokens.customer,
    fetch: mock.fetch,
  });
  const serverCache = new QueryClient();
  await serverCache.prefetchQuery(customerProfileQueryOptions({ client, session: 'anna' }));
  return { mock, client, state: dehydrate(serverCache) };
}

/** What a framework renders around a page: the request's QueryClient, hydrated, and the kit. */
export function Hydrated({
  queryClient,
  state,
  client,
  children,
}: {
  queryClient: QueryClient;
  state: DehydratedState;
  client: ProfileClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <ProfileKitProvider client={client} session="anna">
          {children}
        </ProfileKitProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
