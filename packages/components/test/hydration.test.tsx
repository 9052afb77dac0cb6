import {
  createProfileClient,
  customerProfileQueryOptions,
  ProfileKitProvider,
} from '@profile-kit/hooks';
import { addressListQueryOptions } from '@profile-kit/hooks/addresses';
import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { dehydrate, hydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/styles.css';
import { EveryComponent } from '../test-ssr/every-component.js';

afterEach(() => vi.restoreAllMocks());

describe('hydration in the browser', () => {
  // Development React, where it is strictest: it reports a text or an attribute that
  // differs from the server's HTML, which production React patches without a word.
  it('adopts the server HTML of every component without a warning, and reads nothing', async () => {
    const mock = createProfileApiMock();
    const clientFor = () =>
      createProfileClient({
        tenant: 'demo',
        getAccessToken: () => mockTokens.customer,
        fetch: mock.fetch,
      });
    const page = (client: ReturnType<typeof clientFor>, queryClient: QueryClient): ReactNode => (
      <QueryClientProvider client={queryClient}>
        <ProfileKitProvider client={client} session="anna">
          <EveryComponent />
        </ProfileKitProvider>
      </QueryClientProvider>
    );

    const logged = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
    ];
    // The server: prefetch, render, dehydrate.
    const server = { client: clientFor(), queryClient: new QueryClient() };
    await server.queryClient.prefetchQuery(
      customerProfileQueryOptions({ client: server.client, session: 'anna' }),
    );
    await server.queryClient.prefetchQuery(
      addressListQueryOptions({ client: server.client, session: 'anna' }),
    );
    const html = renderToString(page(server.client, server.queryClient));
    const state = dehydrate(server.queryClient);
    mock.clearRequests();
    // This "server" runs in a browser, where react-hook-form takes its layout effect (it looks
    // for `window`) and React 18 warns about that; a real server never sees it (the
    // components-ssr suites check its log). Only what the hydration says counts here.
    for (const spy of logged) spy.mockClear();

    // The browser: the HTML as it arrived, the cache from the server, then hydrateRoot.
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    hydrate(queryClient, state);
    const recoverable: unknown[] = [];
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, page(clientFor(), queryClient), {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    // Hydrated: the controls are React's now (a Show toggle works).
    const show = container.querySelector<HTMLButtonElement>('button[aria-pressed]');
    await act(async () => show?.click());
    await waitFor(() => expect(show).toHaveAttribute('aria-pressed', 'true'));

    expect(recoverable).toEqual([]);
    for (const spy of logged) expect(spy.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(mock.requests).toEqual([]);
    act(() => root?.unmount());
    container.remove();
    queryClient.clear();
  });
});
