import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCustomerProfile } from '../src/index.js';
import { Hydrated, prefetchOnServer } from './server-prefetch.js';

function Greeting() {
  const { data, isFetching } = useCustomerProfile();
  return <p>{isFetching ? 'refreshing' : `Hello ${data?.firstName}`}</p>;
}

describe('hydrating a server-rendered profile in the browser', () => {
  it('sends no second GET when the browser QueryClient has a staleTime', async () => {
    const { mock, client, state } = await prefetchOnServer();
    const browserCache = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    render(
      <Hydrated queryClient={browserCache} state={state} client={client}>
        <Greeting />
      </Hydrated>,
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
      <Hydrated queryClient={browserCache} state={state} client={client}>
        <Greeting />
      </Hydrated>,
    );
    expect(browserCache.isFetching()).toBe(1);
    expect(await screen.findByText('Hello Anna')).toBeVisible();
    expect(mock.requests).toHaveLength(2);
  });
});
