import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isProfileKitError, useCustomerProfile, useUpdateProfile } from '../src/index.js';
import { createHarness, holdPatches } from './profile-kit-harness.js';

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
    expect(result.current.plain.data?.preferredCurrency).toBe('EUR');
    expect(result.current.expanded.data?.preferredCurrency).toBe('EUR');
    expect(kit.count('PATCH')).toBe(1);
    // Both variants are on screen, so both refresh; each is one GET.
    expect(kit.count('GET')).toBe(2);
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
    expect(result.current.plain.data?.firstName).toBe('Anne');
    expect(result.current.expanded.data?.firstName).toBe('Anne');
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
    expect(result.current.update.error?.kind).toBe('server');
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
    expect(result.current.plain.data).toMatchObject({ firstName: 'Anne', lastName: 'Schmitt' });
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
    expect(isProfileKitError(failure, 'conflict')).toBe(true);
    expect(result.current.plain.data).toMatchObject({
      firstName: 'Anna',
      contactPhone: '+49 40 1',
    });
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
