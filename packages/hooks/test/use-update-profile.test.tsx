import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  createProfileClient,
  isProfileKitError,
  ProfileKitProvider,
  profileQueryKeys,
  useCustomerProfile,
  useUpdateProfile,
} from '../src/index.js';
import {
  createHarness,
  type Harness,
  holdPatches,
  losePatchAnswerOnce,
} from './profile-kit-harness.js';

/** A page with the profile on screen twice (plain and with addresses) and a save button. */
function usePage() {
  const plain = useCustomerProfile();
  const expanded = useCustomerProfile({ expand: ['addresses'] });
  const update = useUpdateProfile();
  return { plain, expanded, update };
}

async function renderPage(kit: ReturnType<typeof createHarness>) {
  const page = renderHook(usePage, { wrapper: kit.wrapper });
  await waitFor(() => {
    expect(page.result.current.plain.isSuccess).toBe(true);
    expect(page.result.current.expanded.isSuccess).toBe(true);
  });
  kit.mock.clearRequests();
  return page;
}

/** A page with the profile on screen (no expand) and a save: rendered, and loaded. */
async function renderSavePage(wrapper: Harness['wrapper']) {
  const page = renderHook(() => ({ plain: useCustomerProfile(), update: useUpdateProfile() }), {
    wrapper,
  });
  await waitFor(() => expect(page.result.current.plain.isSuccess).toBe(true));
  return page;
}

/**
 * A save hook with nothing on screen, after one save of its own (so the cache has a
 * version) and then another writer's change of the phone: the next save answers 409.
 */
async function afterAnotherWriterSaved() {
  const kit = createHarness();
  const { result } = renderHook(() => useUpdateProfile(), { wrapper: kit.wrapper });
  await act(async () => {
    await result.current.mutateAsync({ firstName: 'Anne' });
  });
  kit.mock.setProfile(mockTokens.customer, (profile) => ({ ...profile, contactPhone: '+49 40 1' }));
  return { kit, result };
}

describe('useUpdateProfile', () => {
  it('sends only the patch plus the cached version, then reads the new version once', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    const { plain } = result.current;

    let saved: Awaited<ReturnType<typeof result.current.update.mutateAsync>> | undefined;
    await act(async () => {
      saved = await result.current.update.mutateAsync({ preferredCurrency: 'EUR' });
    });

    expect(kit.patchBodies()).toEqual([
      { preferredCurrency: 'EUR', metadata: { version: plain.data?.metadata?.version } },
    ]);
    expect(saved?.preferredCurrency).toBe('EUR');
    expect(saved?.metadata?.version).toBe((plain.data?.metadata?.version ?? 0) + 1);
    await waitFor(() => {
      expect(result.current.plain.data?.preferredCurrency).toBe('EUR');
      expect(result.current.expanded.data?.preferredCurrency).toBe('EUR');
    });
    expect(kit.count('PATCH')).toBe(1);
    // Both variants are on screen, so both refresh; each is one GET.
    expect(kit.count('GET')).toBe(2);
  });

  it('sends links to mixin schemas along with the cached version', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    const version = result.current.plain.data?.metadata?.version;
    const links = { loyalty: 'https://example.com/schemas/loyalty.v1.json' };
    await act(async () => {
      await result.current.update.mutateAsync({
        mixins: { loyalty: { tier: 'gold' } },
        metadata: { mixins: links },
      });
    });
    expect(kit.patchBodies()).toEqual([
      { mixins: { loyalty: { tier: 'gold' } }, metadata: { mixins: links, version } },
    ]);
    // TanStack tells observers on its next tick: wait for it (read at once, it flaked on a
    // loaded run).
    await waitFor(() => expect(result.current.plain.data?.metadata?.mixins).toMatchObject(links));
  });

  it('reads the variant on screen after the PATCH: one GET, and the mixins just saved', async () => {
    const kit = createHarness();
    const { result } = renderHook(
      () => ({
        withMixins: useCustomerProfile({ expand: ['mixin:*'] }),
        update: useUpdateProfile(),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.withMixins.isSuccess).toBe(true));
    kit.mock.clearRequests();
    let saved: Awaited<ReturnType<typeof result.current.update.mutateAsync>> | undefined;
    await act(async () => {
      saved = await result.current.update.mutateAsync({
        mixins: { loyalty: { tier: 'platinum' } },
      });
    });
    expect(kit.count('GET')).toBe(1);
    expect(saved?.mixins).toMatchObject({ loyalty: { tier: 'platinum' } });
  });

  it('does not take a read begun during the PATCH for the saved profile', async () => {
    const mock = createProfileApiMock();
    const gate = holdPatches(mock.fetch);
    let holdReads = false;
    const heldReads: (() => void)[] = [];
    // A read the server answers at once, but whose answer arrives late.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await gate.fetch(input, init);
      if (init?.method !== 'PATCH' && holdReads) {
        await new Promise<void>((resolve) => heldReads.push(resolve));
      }
      return response;
    };
    const kit = createHarness({ mock, fetch });
    const { result } = await renderSavePage(kit.wrapper);
    const start = result.current.plain.data?.metadata?.version ?? 0;
    const saving = result.current.update.mutateAsync({ firstName: 'Anne' });
    await waitFor(() => expect(gate.waiting).toBe(1));
    // The shopper comes back to the tab while the save is under way: a refetch starts.
    holdReads = true;
    act(() => void kit.queryClient.refetchQueries({ queryKey: profileQueryKeys.all }));
    await waitFor(() => expect(heldReads).toHaveLength(1));
    holdReads = false;
    gate.release();
    const saved = await saving;
    for (const release of heldReads) release();
    expect(saved).toMatchObject({ firstName: 'Anne', metadata: { version: start + 1 } });
  });

  it('has the latest profile in the cache when a conflict is reported, with nothing on screen', async () => {
    const { kit, result } = await afterAnotherWriterSaved();
    let cached: unknown;
    await act(async () => {
      await result.current.mutateAsync({ lastName: 'X' }).catch(() => {
        cached = kit.queryClient.getQueryData(profileQueryKeys.profile('demo', 'customer', []));
      });
    });
    expect(cached).toMatchObject({ contactPhone: '+49 40 1' });
  });

  it('reports a conflict carrying the other writer’s profile, which a logged error does not show', async () => {
    const { result } = await afterAnotherWriterSaved();
    let failure: unknown;
    await act(async () => {
      failure = await result.current.mutateAsync({ lastName: 'X' }).catch((e) => e);
    });
    if (!isProfileKitError(failure, 'conflict')) throw failure;
    expect(failure.status).toBe(409);
    expect(failure.latestProfile).toMatchObject({ contactPhone: '+49 40 1', lastName: 'Schmidt' });
    expect(JSON.stringify(failure)).not.toContain('+49 40 1');
  });

  it('never overwrites the other writer after a 409 whose read failed: the conflict stays until one is read', async () => {
    const { kit, result } = await afterAnotherWriterSaved();
    kit.mock.faults.failNext(503, { method: 'GET' });
    const outcomes: unknown[] = [];
    await act(async () => {
      outcomes.push(await result.current.mutateAsync({ contactPhone: '+49 30 2' }).catch((e) => e));
    });
    // Nothing showed the other writer's phone: the next save meets the same conflict …
    await act(async () => {
      outcomes.push(await result.current.mutateAsync({ contactPhone: '+49 30 2' }).catch((e) => e));
    });
    expect(outcomes.map((outcome) => isProfileKitError(outcome, 'conflict'))).toEqual([true, true]);
    expect((outcomes[0] as { latestProfile?: unknown }).latestProfile).toBeUndefined();
    expect((outcomes[1] as { latestProfile?: unknown }).latestProfile).toMatchObject({
      contactPhone: '+49 40 1',
    });
    expect(kit.mock.profileFor(mockTokens.customer)?.contactPhone).toBe('+49 40 1');
    // … and once it has been read (and so shown), the customer's choice is saved.
    await act(async () => {
      await result.current.mutateAsync({ contactPhone: '+49 30 2' });
    });
    expect(kit.mock.profileFor(mockTokens.customer)?.contactPhone).toBe('+49 30 2');
  });

  it('sends the stored version with a save queued behind one whose answer was lost', async () => {
    const mock = createProfileApiMock();
    const kit = createHarness({ mock, fetch: losePatchAnswerOnce(mock.fetch) });
    const { result } = await renderSavePage(kit.wrapper);
    let outcomes: unknown[] = [];
    await act(async () => {
      outcomes = await Promise.all([
        result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e),
        result.current.update.mutateAsync({ lastName: 'Schmitt' }).catch((e) => e),
      ]);
    });
    expect(isProfileKitError(outcomes[0], 'network')).toBe(true);
    expect(isProfileKitError(outcomes[1])).toBe(false);
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Anne',
      lastName: 'Schmitt',
    });
  });

  it('leaves no variant loading for good when the read after the save fails', async () => {
    const mock = createProfileApiMock();
    const gate = holdPatches(mock.fetch);
    const kit = createHarness({ mock, fetch: gate.fetch });
    const page = await renderSavePage(kit.wrapper);
    const saving = page.result.current.update.mutateAsync({ firstName: 'Anne' });
    await waitFor(() => expect(gate.waiting).toBe(1));
    // A card with addresses mounts while the PATCH is under way; its first read is slow.
    mock.faults.latency(50);
    const card = renderHook(() => useCustomerProfile({ expand: ['addresses'] }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(card.result.current.fetchStatus).toBe('fetching'));
    mock.faults.latency(0);
    mock.faults.failNext(503, { method: 'GET' });
    gate.release();
    await saving;
    await waitFor(() => expect(card.result.current.isSuccess).toBe(true));
  });

  it('leaves no variant loading for good when the save is refused', async () => {
    const kit = createHarness();
    const page = await renderSavePage(kit.wrapper);
    kit.mock.faults.latency(50);
    const card = renderHook(() => useCustomerProfile({ expand: ['addresses'] }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(card.result.current.fetchStatus).toBe('fetching'));
    kit.mock.faults.latency(0);
    kit.mock.faults.failNext(422, { method: 'PATCH' });
    await act(async () => {
      await page.result.current.update.mutateAsync({ firstName: 'Anne' }).catch(() => {});
    });
    await waitFor(() => expect(card.result.current.isSuccess).toBe(true));
  });

  it('still shows the other writer’s change after a 409 whose first read failed', async () => {
    const kit = createHarness();
    const { result } = await renderSavePage(kit.wrapper);
    kit.mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 40 1',
    }));
    kit.mock.faults.failNext(503, { method: 'GET' });
    let failure: unknown;
    await act(async () => {
      failure = await result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
    });
    expect(isProfileKitError(failure, 'conflict')).toBe(true);
    // The profile on screen refetches with its usual retries (the first after about 1 s).
    await waitFor(() => expect(result.current.plain.data?.contactPhone).toBe('+49 40 1'), {
      timeout: 4000,
    });
  });

  it('saves with a host query of its own under the session key on screen', async () => {
    const kit = createHarness();
    const { result } = renderHook(
      () => ({
        orders: useQuery({
          queryKey: [...profileQueryKeys.session('demo', 'customer'), 'orders'],
          queryFn: () => [],
        }),
        update: useUpdateProfile(),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.orders.isSuccess).toBe(true));
    await act(async () => {
      await result.current.update.mutateAsync({ firstName: 'Anne' });
    });
    expect(kit.mock.profileFor(mockTokens.customer)?.firstName).toBe('Anne');
  });

  it('reads once when nothing is on screen, and needs just one GET to save', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => useUpdateProfile(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync({ firstName: 'Anne' }));
    expect(kit.mock.requests.map((request) => request.method)).toEqual(['GET', 'PATCH', 'GET']);
    expect(kit.mock.profileFor(mockTokens.customer)?.firstName).toBe('Anne');
  });

  it('updates every cached variant at once, before the API answers', async () => {
    const mock = createProfileApiMock();
    const gate = holdPatches(mock.fetch);
    const kit = createHarness({ mock, fetch: gate.fetch });
    const { result } = await renderPage(kit);

    act(() => result.current.update.mutate({ firstName: 'Anne' }));
    await waitFor(() => expect(gate.waiting).toBe(1));
    await waitFor(() => {
      expect(result.current.plain.data?.firstName).toBe('Anne');
      expect(result.current.expanded.data?.firstName).toBe('Anne');
    });
    expect(result.current.expanded.data?.addresses?.length).toBeGreaterThan(0);

    gate.release();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.plain.data?.firstName).toBe('Anne');
  });

  it('rolls every variant back when the save fails', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    kit.mock.faults.failNext(500, { method: 'PATCH' });

    await act(async () => {
      await result.current.update.mutateAsync({ firstName: 'Anne' }).catch(() => {});
    });
    // TanStack notifies observers in a later task: wait for the screen, never read it at once.
    await waitFor(() => expect(result.current.update.error?.kind).toBe('server'));
    expect(result.current.plain.data?.firstName).toBe('Anna');
    expect(result.current.expanded.data?.firstName).toBe('Anna');
    expect(kit.mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it('runs two quick saves in order, each with the version the previous one produced', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    const start = result.current.plain.data?.metadata?.version ?? 0;

    await act(async () => {
      await Promise.all([
        result.current.update.mutateAsync({ firstName: 'Anne' }),
        result.current.update.mutateAsync({ lastName: 'Schmitt' }),
      ]);
    });

    expect(kit.patchBodies()).toEqual([
      { firstName: 'Anne', metadata: { version: start } },
      { lastName: 'Schmitt', metadata: { version: start + 1 } },
    ]);
    const stored = kit.mock.profileFor(mockTokens.customer);
    expect(stored).toMatchObject({ firstName: 'Anne', lastName: 'Schmitt' });
    expect(stored?.metadata?.version).toBe(start + 2);
    await waitFor(() =>
      expect(result.current.plain.data).toMatchObject({ firstName: 'Anne', lastName: 'Schmitt' }),
    );
  });

  it('reports a conflict after loading what the other writer saved', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    kit.mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 40 1',
    }));

    let failure: unknown;
    await act(async () => {
      failure = await result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
    });
    if (!isProfileKitError(failure, 'conflict')) throw failure;
    expect(failure.latestProfile).toMatchObject({ firstName: 'Anna', contactPhone: '+49 40 1' });
    await waitFor(() =>
      expect(result.current.plain.data).toMatchObject({
        firstName: 'Anna',
        contactPhone: '+49 40 1',
      }),
    );
    expect(kit.mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it('succeeds when the read after the PATCH fails, and the next save reads the version first', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    const start = result.current.plain.data?.metadata?.version ?? 0;
    kit.mock.faults.failNext(503, { method: 'GET' });

    let saved: Awaited<ReturnType<typeof result.current.update.mutateAsync>> | undefined;
    await act(async () => {
      saved = await result.current.update.mutateAsync({ firstName: 'Anne' });
    });
    // One read, not retried: the save is reported as done, without a version to send.
    expect(kit.mock.requests.map((request) => request.method)).toEqual(['PATCH', 'GET']);
    expect(saved?.firstName).toBe('Anne');
    expect(saved?.metadata?.version).toBeUndefined();

    kit.mock.clearRequests();
    await act(async () => {
      await result.current.update.mutateAsync({ lastName: 'Schmitt' });
    });
    expect(kit.mock.requests[0]?.method).toBe('GET');
    expect(kit.patchBodies()).toEqual([{ lastName: 'Schmitt', metadata: { version: start + 1 } }]);
  });

  it('keeps what was stale stale after a rollback, so the next save sends the current version', async () => {
    const kit = createHarness();
    // The variant with addresses was read once and has left the screen: a save marks it
    // stale, and it keeps its old version.
    const card = renderHook(() => useCustomerProfile({ expand: ['addresses'] }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(card.result.current.isSuccess).toBe(true));
    const start = card.result.current.data?.metadata?.version ?? 0;
    card.unmount();
    const { result } = await renderSavePage(kit.wrapper);
    await act(async () => {
      await result.current.update.mutateAsync({ firstName: 'Anne' });
    });
    kit.mock.faults.networkErrorNext({ method: 'PATCH' });
    await act(async () => {
      await result.current.update.mutateAsync({ firstName: 'Anja' }).catch(() => {});
    });
    await act(async () => {
      await result.current.update.mutateAsync({ lastName: 'Schmitt' });
    });
    expect(kit.patchBodies().at(-1)).toEqual({
      lastName: 'Schmitt',
      metadata: { version: start + 1 },
    });
  });

  it('carries no old version on screen after a save whose read failed', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    kit.mock.faults.failNext(503, { method: 'GET' });
    await act(async () => {
      await result.current.update.mutateAsync({ firstName: 'Anne' });
    });
    // A form that takes the version from what is on screen sends none, and the save
    // reads the current one first, instead of sending the old one into a 409.
    await waitFor(() => expect(result.current.plain.data?.firstName).toBe('Anne'));
    expect(result.current.plain.data?.metadata?.version).toBeUndefined();
    expect(result.current.expanded.data?.metadata?.version).toBeUndefined();
  });

  it('is never retried, even when the QueryClient retries mutations: a conflict stays a conflict', async () => {
    const mock = createProfileApiMock();
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: 2, retryDelay: 0 } },
    });
    const client = createProfileClient({
      tenant: 'demo',
      getAccessToken: () => mockTokens.customer,
      fetch: mock.fetch,
    });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <ProfileKitProvider client={client} session="anna">
          {children}
        </ProfileKitProvider>
      </QueryClientProvider>
    );
    const { result } = await renderSavePage(wrapper);
    mock.setProfile(mockTokens.customer, (profile) => ({ ...profile, firstName: 'Other writer' }));
    let failure: unknown;
    await act(async () => {
      failure = await result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
    });
    expect(isProfileKitError(failure, 'conflict')).toBe(true);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Other writer');
  });

  it('touches nothing of the next customer when the session changes during a save', async () => {
    const mock = createProfileApiMock();
    const gate = holdPatches(mock.fetch);
    const kit = createHarness({ mock, fetch: gate.fetch, session: 'anna' });
    const { result } = await renderSavePage(kit.wrapper);
    const otherBefore = mock.profileFor(mockTokens.otherCustomer);
    const first = result.current.update.mutateAsync({ firstName: 'Anne' });
    const queued = result.current.update.mutateAsync({ lastName: 'Schmitt' }).catch((e) => e);
    await waitFor(() => expect(gate.waiting).toBe(1));

    act(() => kit.signIn('maria', mockTokens.otherCustomer));
    gate.release();
    // The PATCH under way is aborted with Anna's session; nothing is read or cached after it.
    expect(isProfileKitError(await first.catch((e) => e), 'aborted')).toBe(true);
    // The queued save stops before sending anything in Maria's session.
    expect(isProfileKitError(await queued, 'aborted')).toBe(true);
    expect(mock.profileFor(mockTokens.otherCustomer)).toEqual(otherBefore);
    expect(
      kit.queryClient.getQueriesData({ queryKey: profileQueryKeys.session('demo', 'anna') }),
    ).toEqual([]);
    await waitFor(() => expect(result.current.plain.data?.firstName).toBe('Maria'));
  });

  it.each([
    ['in a React update', true],
    ['in a network callback, before React has committed it', false],
  ])(
    'sends nothing with the next customer’s token when they sign in during a refresh, %s',
    async (_, inReact) => {
      const mock = createProfileApiMock();
      let finishRefresh: () => void = () => {};
      const refreshAccessToken = vi.fn(
        () =>
          new Promise<void>((resolve) => {
            finishRefresh = resolve;
          }),
      );
      const kit = createHarness({ mock, session: 'anna', refreshAccessToken });
      const { result } = renderHook(
        () => ({ plain: useCustomerProfile(), update: useUpdateProfile() }),
        { wrapper: kit.wrapper },
      );
      await waitFor(() => expect(result.current.plain.data?.firstName).toBe('Anna'));
      const mariaBefore = mock.profileFor(mockTokens.otherCustomer);
      mock.faults.failNext(401, { method: 'PATCH' });
      const saving = result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
      await waitFor(() => expect(refreshAccessToken).toHaveBeenCalledTimes(1));

      // Outside React, the token source has Maria's token before the provider has her session.
      const signIn = () => kit.signIn('maria', mockTokens.otherCustomer);
      if (inReact) act(signIn);
      else signIn();
      finishRefresh();
      expect(isProfileKitError(await saving, 'aborted')).toBe(true);
      expect(mock.profileFor(mockTokens.otherCustomer)).toEqual(mariaBefore);
      expect(mock.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    },
  );

  it('reads again after a save whose answer was lost, so the next save has the stored version', async () => {
    const mock = createProfileApiMock();
    const kit = createHarness({ mock, fetch: losePatchAnswerOnce(mock.fetch) });
    const { result } = await renderSavePage(kit.wrapper);
    let first: unknown;
    await act(async () => {
      first = await result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
    });
    expect(isProfileKitError(first, 'network')).toBe(true);
    // What the server has, not the rollback, once the read is back.
    await waitFor(() => expect(result.current.plain.data?.firstName).toBe('Anne'));
    await act(async () => {
      await result.current.update.mutateAsync({ lastName: 'Schmitt' });
    });
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Anne',
      lastName: 'Schmitt',
    });
  });

  it('stops with aborted, a ProfileKitError, when the session changes during its first read', async () => {
    const mock = createProfileApiMock();
    // The first read never answers, so the switch surely comes during it, however slow the machine.
    mock.faults.latency('infinite');
    const kit = createHarness({ mock, session: 'anna' });
    const { result } = renderHook(() => useUpdateProfile(), { wrapper: kit.wrapper });
    const saving = result.current.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
    await waitFor(() => expect(mock.requests).toHaveLength(1));
    act(() => kit.signIn('maria', mockTokens.otherCustomer));
    expect(isProfileKitError(await saving, 'aborted')).toBe(true);
    expect(kit.count('PATCH')).toBe(0);
  });

  it('refuses an invalid patch before any request or optimistic change', async () => {
    const kit = createHarness();
    const { result } = await renderPage(kit);
    let failure: unknown;
    await act(async () => {
      failure = await result.current.update
        .mutateAsync({ preferredCurrency: 'EURO', firstName: 'Anne' })
        .catch((e) => e);
    });
    expect(isProfileKitError(failure, 'invalid-input')).toBe(true);
    expect(kit.mock.requests).toEqual([]);
    expect(result.current.plain.data?.firstName).toBe('Anna');
  });

  it('refuses to save for an anonymous visitor, without a PATCH', async () => {
    const kit = createHarness({ session: 'anonymous', token: mockTokens.anonymous });
    const { result } = await renderPage(kit);
    let failure: unknown;
    await act(async () => {
      failure = await result.current.update.mutateAsync({ firstName: 'Anne' }).catch((e) => e);
    });
    expect(isProfileKitError(failure, 'forbidden')).toBe(true);
    expect(kit.count('PATCH')).toBe(0);
  });
});
