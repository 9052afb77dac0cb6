import { createProfileApiMock } from '@profile-kit/mock-api';
import { onlineManager } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAddresses } from '../src/addresses.js';
import { useCustomerProfile, useSite, useUpdateProfile } from '../src/index.js';
import { createHarness } from './profile-kit-harness.js';

/** What a browser's fetch does with no connection: it rejects at once. */
const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** The kit on a mock that answers only while the (simulated) connection is up. */
function harnessOnlineOnly() {
  const mock = createProfileApiMock();
  return createHarness({
    mock,
    fetch: (input, init) =>
      onlineManager.isOnline() ? mock.fetch(input, init) : offlineFetch(input, init),
  });
}

describe('offline', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('a read fails as network instead of waiting silently for the connection', async () => {
    onlineManager.setOnline(false);
    const { wrapper } = createHarness({ fetch: offlineFetch });
    const { result } = renderHook(() => useCustomerProfile(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('network');
    expect(result.current.fetchStatus).toBe('idle');
  });

  it('a read that failed offline reads again once the connection is back', async () => {
    const { wrapper } = harnessOnlineOnly();
    onlineManager.setOnline(false);
    const { result } = renderHook(() => useCustomerProfile(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data?.firstName).toBe('Anna');
  });

  // TanStack turns reconnect refetches off for networkMode 'always': each query says so.
  it.each<[string, () => { status: string; error: { kind: string } | null }]>([
    ['the address list', () => useAddresses()],
    ["the site's settings", () => useSite('main')],
  ])('%s, failed offline, reads again once the connection is back', async (_, useRead) => {
    const { wrapper } = harnessOnlineOnly();
    onlineManager.setOnline(false);
    const { result } = renderHook(useRead, { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('network');
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(result.current.status).toBe('success'));
  });

  it('a save fails as network instead of staying "saving" until the connection returns', async () => {
    const harness = harnessOnlineOnly();
    const { result } = renderHook(
      () => ({ profile: useCustomerProfile(), update: useUpdateProfile() }),
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.profile.status).toBe('success'));
    onlineManager.setOnline(false);
    const saving = result.current.update.mutateAsync({ contactPhone: '+49 30 1234567' });
    await expect(saving).rejects.toMatchObject({ kind: 'network' });
    expect(harness.count('PATCH')).toBe(0);
  });
});
