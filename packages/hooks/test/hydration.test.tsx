import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createProfileClient,
  customerProfileQueryOptions,
  ProfileKitProvider,
  useCustomerProfile,
} from '../src/index.js';

function Greeting() {
  const { data, isFetching } = useCustomerProfile();
  return <p>{isFetching ? 'refreshing' : `Hello ${data?.firstName}`}</p>;
}

/** The server half of server rendering: one request's prefetch, dehydrated. */
async function prefetchOnServer() {
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

describe('hydrating a server-rendered profile in the browser', () => {
  it('sends no second GET when the browser QueryClient has a staleTime', async () => {
    const { mock, client, state } = await prefetchOnServer();
    const browserCache = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    render(
      <QueryClientProvider client={browserCache}>
        <HydrationBoundary state={state}>
          <ProfileKitProvider client={client} session="anna">
            <Greeting />
          </ProfileKitProvider>
        </HydrationBoundary>
      </QueryClientProvider>,
    );
    // render() has run the effects: a refetch on mount would be in flight now.
    expect(browserCache.isFetching()).toBe(0);
    expect(screen.getByText('Hello Anna')).toBeVisible();
    expect(mock.requests).toHaveLength(1);
  });

  it('reads again on mount with the default staleTime of 0 (why the docs ask for one)', async () => {
    const { mock, client, state } = await prefetchOnServer();
    const browserCache = new QueryClient();
    render(
      <QueryClientProvider client={browserCache}>
        <HydrationBoundary state={state}>
          <ProfileKitProvider client={client} session="anna">
            <Greeting />
          </ProfileKitProvider>
        </HydrationBoundary>
      </QueryClientProvider>,
    );
    expect(browserCache.isFetching()).toBe(1);
    expect(await screen.findByText('Hello Anna')).toBeVisible();
    expect(mock.requests).toHaveLength(2);
  });
});
