import {
  createProfileClient,
  customerProfileQueryOptions,
  ProfileKitProvider,
} from '@profile-kit/hooks';
import { addressListQueryOptions } from '@profile-kit/hooks/addresses';
import { createProfileApiMock, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';

export interface ServerRenderOptions {
  /** Whose token the client sends, and the provider's session. Default: Anna, the B2C customer. */
  as?: { token: string; session: string };
  /** What a route loader read before rendering. Default: the profile. */
  prefetch?: readonly ('profile' | 'addresses')[];
}

/**
 * A server render, as a host's route does it: a client on the mock API, the `prefetch`ed
 * data in a fresh QueryClient, `renderToString` inside the providers. The suite runs in
 * Node: no window, no document.
 */
export async function serverRender(
  ui: ReactNode,
  {
    as = { token: mockTokens.customer, session: 'anna' },
    prefetch = ['profile'],
  }: ServerRenderOptions = {},
): Promise<{ html: string; mock: ProfileApiMock }> {
  const mock = createProfileApiMock();
  const client = createProfileClient({
    tenant: 'demo',
    getAccessToken: () => as.token,
    fetch: mock.fetch,
  });
  const queryClient = new QueryClient();
  const { session } = as;
  if (prefetch.includes('profile')) {
    await queryClient.prefetchQuery(customerProfileQueryOptions({ client, session }));
  }
  if (prefetch.includes('addresses')) {
    await queryClient.prefetchQuery(addressListQueryOptions({ client, session }));
  }
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session={session}>
        {ui}
      </ProfileKitProvider>
    </QueryClientProvider>,
  );
  queryClient.clear();
  return { html, mock };
}
