import { mockTokens } from '@profile-kit/mock-api';
import { keepPreviousData, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  customerProfileQueryOptions,
  ProfileKitError,
  ProfileKitProvider,
  profileQueryKeys,
  profileRetryDelay,
  useCustomerProfile,
  useSuspenseCustomerProfile,
} from '../src/index.js';
import { createHarness } from './profile-kit-harness.js';

function Name({ label = 'name' }: { label?: string }) {
  const { data, isPending, error } = useCustomerProfile();
  if (error) return <p>{`${label}: ${error.kind}`}</p>;
  if (isPending) return <p>{`${label}: loading`}</p>;
  return <p>{`${label}: ${data.firstName}`}</p>;
}

/** Shows the first name and notes every name it ever rendered. */
function Recorder({ seen }: { seen: string[] }) {
  const { data } = useCustomerProfile();
  if (data) seen.push(data.firstName ?? '');
  return <p>{data?.firstName ?? 'loading'}</p>;
}

describe('useCustomerProfile', () => {
  it('sends one GET for several components on the page', async () => {
    const kit = createHarness();
    render(
      <kit.wrapper>
        <Name label="header" />
        <Name label="card" />
        <Name label="form" />
      </kit.wrapper>,
    );
    expect(await screen.findByText('header: Anna')).toBeVisible();
    expect(screen.getByText('card: Anna')).toBeVisible();
    expect(screen.getByText('form: Anna')).toBeVisible();
    expect(kit.count('GET')).toBe(1);
  });

  it('reads each expand set once, as its own cache entry', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => useCustomerProfile({ expand: ['mixin:*', 'addresses'] }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.addresses?.length).toBeGreaterThan(0);
    expect(kit.mock.requests[0]?.query).toEqual({ expand: 'addresses,mixin:*' });
  });

  it('waits without a request and without throwing while nobody is signed in', async () => {
    const kit = createHarness({ session: null, token: '' });
    render(
      <kit.wrapper>
        <Name />
      </kit.wrapper>,
    );
    expect(screen.getByText('name: loading')).toBeVisible();
    expect(kit.count('GET')).toBe(0);

    act(() => kit.signIn('anna', mockTokens.customer));
    expect(await screen.findByText('name: Anna')).toBeVisible();
    expect(kit.count('GET')).toBe(1);
  });

  it('never shows the previous customer after a switch, and forgets their data', async () => {
    const kit = createHarness({ session: 'anna' });
    const seen: string[] = [];
    render(
      <kit.wrapper>
        <Recorder seen={seen} />
      </kit.wrapper>,
    );
    expect(await screen.findByText('Anna')).toBeVisible();

    seen.length = 0;
    act(() => kit.signIn('maria', mockTokens.otherCustomer));
    expect(await screen.findByText('Maria')).toBeVisible();
    expect(seen).not.toContain('Anna');
    expect(
      kit.queryClient.getQueriesData({ queryKey: profileQueryKeys.session('demo', 'anna') }),
    ).toEqual([]);

    seen.length = 0;
    act(() => kit.signIn(null));
    expect(await screen.findByText('loading')).toBeVisible();
    expect(seen).toEqual([]);
  });

  it('loads the new customer when the host switches the session before the token', async () => {
    const kit = createHarness({ session: 'anna' });
    render(
      <kit.wrapper>
        <Name />
      </kit.wrapper>,
    );
    expect(await screen.findByText('name: Anna')).toBeVisible();

    let tokenArrives = () => {};
    act(() => {
      tokenArrives = kit.switchSessionFirst('maria', mockTokens.otherCustomer);
    });
    // The new session's read waits for the token source instead of using Anna's token.
    expect(await screen.findByText('name: loading')).toBeVisible();
    tokenArrives();
    expect(await screen.findByText('name: Maria')).toBeVisible();
    expect(kit.mock.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('never uses the previous customer as placeholder data (keepPreviousData)', async () => {
    const kit = createHarness({ session: 'anna' });
    const { result } = renderHook(() => useCustomerProfile({ placeholderData: keepPreviousData }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.data?.firstName).toBe('Anna'));
    act(() => kit.signIn('maria', mockTokens.otherCustomer));
    expect(result.current.data?.firstName).not.toBe('Anna');
    await waitFor(() => expect(result.current.data?.firstName).toBe('Maria'));
    act(() => kit.signIn(null));
    expect(result.current.data).toBeUndefined();
  });

  it('still gives a host’s placeholder on the first mount', async () => {
    const kit = createHarness();
    const seed = { id: 'seed', firstName: 'Seed' };
    const { result } = renderHook(
      () => useCustomerProfile({ expand: ['addresses'], placeholderData: () => seed }),
      { wrapper: kit.wrapper },
    );
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data?.firstName).toBe('Seed');
  });

  it('forgets the previous customer when a new provider mounts with another session', async () => {
    const kit = createHarness({ session: 'anna' });
    const page = (session: string) => (
      <QueryClientProvider client={kit.queryClient}>
        <ProfileKitProvider client={kit.client} session={session}>
          <Name />
        </ProfileKitProvider>
      </QueryClientProvider>
    );
    const first = render(page('anna'));
    expect(await screen.findByText('name: Anna')).toBeVisible();
    first.unmount();

    kit.signIn('maria', mockTokens.otherCustomer);
    render(page('maria'));
    expect(await screen.findByText('name: Maria')).toBeVisible();
    expect(
      kit.queryClient.getQueriesData({ queryKey: profileQueryKeys.session('demo', 'anna') }),
    ).toEqual([]);
  });

  it('renders a prefetched profile at once, without a second GET', async () => {
    const kit = createHarness();
    await kit.queryClient.prefetchQuery(
      customerProfileQueryOptions({ client: kit.client, session: 'customer' }),
    );
    expect(kit.count('GET')).toBe(1);
    render(
      <kit.wrapper>
        <Name />
      </kit.wrapper>,
    );
    expect(screen.getByText('name: Anna')).toBeVisible();
    expect(kit.count('GET')).toBe(1);
  });

  it('narrows data with select', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => useCustomerProfile({ select: (p) => p.lastName }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.data).toBe('Schmidt'));
  });
});

describe('retries', () => {
  const fast = { retryDelay: 0 };

  it.each([
    [503, 2, 3],
    [500, 1, 2],
    [429, 1, 2],
  ])('retries a %i (failing %i times) and succeeds after %i GETs', async (status, count, gets) => {
    const kit = createHarness();
    kit.mock.faults.failNext(status, { count, headers: { 'Retry-After': '0' } });
    const { result } = renderHook(() => useCustomerProfile(fast), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(kit.count('GET')).toBe(gets);
  });

  it('retries a dropped connection', async () => {
    const kit = createHarness();
    kit.mock.faults.networkErrorNext();
    const { result } = renderHook(() => useCustomerProfile(fast), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(kit.count('GET')).toBe(2);
  });

  it.each([400, 401, 403, 404, 405, 409, 415])('never retries a %i', async (status) => {
    const kit = createHarness();
    kit.mock.faults.failNext(status, { count: 5 });
    const { result } = renderHook(() => useCustomerProfile(fast), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ProfileKitError);
    expect(kit.count('GET')).toBe(1);
  });

  it('gives up after three retries', async () => {
    const kit = createHarness();
    kit.mock.faults.failNext(503, { count: 10 });
    const { result } = renderHook(() => useCustomerProfile(fast), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.error?.kind).toBe('server'));
    expect(kit.count('GET')).toBe(4);
  });

  it('does not keep a customer waiting for a long Retry-After', async () => {
    const kit = createHarness();
    kit.mock.faults.failNext(429, { headers: { 'Retry-After': '3600' } });
    const { result } = renderHook(() => useCustomerProfile(fast), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.error?.kind).toBe('rate-limited'));
    expect(kit.count('GET')).toBe(1);
  });

  it('waits as long as Retry-After says, and backs off otherwise', () => {
    const limited = new ProfileKitError('rate-limited', undefined, { retryAfterMs: 7000 });
    expect(profileRetryDelay(1, limited)).toBe(7000);
    const server = new ProfileKitError('server');
    expect([0, 1, 2, 10].map((n) => profileRetryDelay(n, server))).toEqual([
      1000, 2000, 4000, 30_000,
    ]);
  });
});

class Boundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error)
      return <p>{error instanceof ProfileKitError ? `boundary: ${error.kind}` : 'boundary'}</p>;
    return this.props.children;
  }
}

function SuspenseName() {
  const { data } = useSuspenseCustomerProfile();
  return <p>{`suspense: ${data.firstName}`}</p>;
}

/** The suspense hook behind an error boundary, as a page would have it. */
function renderSuspenseName(kit: ReturnType<typeof createHarness>) {
  return render(
    <kit.wrapper>
      <Boundary>
        <Suspense fallback={<p>fallback</p>}>
          <SuspenseName />
        </Suspense>
      </Boundary>
    </kit.wrapper>,
  );
}

describe('useSuspenseCustomerProfile', () => {
  it('suspends, then shows the profile', async () => {
    const kit = createHarness();
    render(
      <kit.wrapper>
        <Suspense fallback={<p>fallback</p>}>
          <SuspenseName />
        </Suspense>
      </kit.wrapper>,
    );
    expect(screen.getByText('fallback')).toBeVisible();
    expect(await screen.findByText('suspense: Anna')).toBeVisible();
  });

  it('shares the key with the prefetch', async () => {
    const kit = createHarness();
    await kit.queryClient.prefetchQuery(
      customerProfileQueryOptions({ client: kit.client, session: 'customer' }),
    );
    render(
      <kit.wrapper>
        <Suspense fallback={<p>fallback</p>}>
          <SuspenseName />
        </Suspense>
      </kit.wrapper>,
    );
    expect(screen.getByText('suspense: Anna')).toBeVisible();
    expect(kit.count('GET')).toBe(1);
  });

  it('throws unauthorized to the boundary while nobody is signed in, sending nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createHarness({ session: null, token: '' });
    renderSuspenseName(kit);
    expect(await screen.findByText('boundary: unauthorized')).toBeVisible();
    expect(kit.count('GET')).toBe(0);
  });

  it('sends an error to the boundary', async () => {
    // React reports errors caught by a boundary on the console; that is React's, not the kit's.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createHarness({ token: mockTokens.expired });
    renderSuspenseName(kit);
    expect(await screen.findByText('boundary: unauthorized')).toBeVisible();
  });
});
