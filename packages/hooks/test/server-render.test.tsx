// @vitest-environment node
import { createProfileApiMock } from '@profile-kit/mock-api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  createProfileClient,
  ProfileKitError,
  ProfileKitProvider,
  shouldRetryProfileRequest,
  useCustomerProfile,
} from '../src/index.js';
import { Hydrated, prefetchOnServer } from './server-prefetch.js';

function Greeting() {
  const { data, isPending } = useCustomerProfile();
  return <p>{isPending ? 'loading' : `Hello ${data?.firstName}`}</p>;
}

describe('server rendering', () => {
  it('renders a prefetched profile with no window, no document and no second GET', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    // What a framework does: prefetch and dehydrate on the server, hydrate into the
    // request's client.
    const { mock, client, state } = await prefetchOnServer();
    const html = renderToString(
      <Hydrated queryClient={new QueryClient()} state={state} client={client}>
        <Greeting />
      </Hydrated>,
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
