// @vitest-environment node
import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  createProfileClient,
  customerProfileQueryOptions,
  ProfileKitError,
  ProfileKitProvider,
  shouldRetryProfileRequest,
  useCustomerProfile,
} from '../src/index.js';

function Greeting() {
  const { data, isPending } = useCustomerProfile();
  return <p>{isPending ? 'loading' : `Hello ${data?.firstName}`}</p>;
}

describe('server rendering', () => {
  it('renders a prefetched profile with no window, no document and no second GET', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const mock = createProfileApiMock();
    const client = createProfileClient({
      tenant: 'demo',
      getAccessToken: () => mockTokens.customer,
      fetch: mock.fetch,
    });
    const serverCache = new QueryClient();
    await serverCache.prefetchQuery(customerProfileQueryOptions({ client, session: 'anna' }));

    // What a framework does: dehydrate on the server, hydrate into the request's client.
    const state = dehydrate(serverCache);
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <HydrationBoundary state={state}>
          <ProfileKitProvider client={client} session="anna">
            <Greeting />
          </ProfileKitProvider>
        </HydrationBoundary>
      </QueryClientProvider>,
    );
    expect(html).toContain('Hello Anna');
    expect(mock.requests).toHaveLength(1);
  });

  it('renders the waiting state when nothing was prefetched, sending nothing', () => {
    const mock = createProfileApiMock();
    const client = createProfileClient({
      tenant: 'demo',
      getAccessToken: () => null,
      fetch: mock.fetch,
    });
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <ProfileKitProvider client={client} session={null}>
          <Greeting />
        </ProfileKitProvider>
      </QueryClientProvider>,
    );
    expect(html).toContain('loading');
    expect(mock.requests).toHaveLength(0);
  });

  it('does not retry on a server, where a render must not wait for a backoff', () => {
    expect(shouldRetryProfileRequest(0, new ProfileKitError('network'))).toBe(false);
  });
});
