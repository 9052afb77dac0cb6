import { createProfileApiMock, mockPasswords, mockTokens } from '@profile-kit/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { changePassword, credentialProblem, useChangePassword } from '../src/account.js';
import { useCustomerProfile } from '../src/index.js';
import { createHarness, type Harness } from './profile-kit-harness.js';

const current = mockPasswords.customer;
const next = 'N3w-secret-2026';

function render(kit: Harness = createHarness()) {
  return { kit, ...renderHook(() => useChangePassword(), { wrapper: kit.wrapper }) };
}

// Everything TanStack keeps of mutations, as devtools or a persister would see it.
const cached = (kit: Harness) =>
  JSON.stringify(
    kit.queryClient
      .getMutationCache()
      .getAll()
      .map((m) => m.state),
  );

describe('useChangePassword', () => {
  it('refuses a wrong current password as wrong-password, then changes it with the right one', async () => {
    const { kit, result } = render();
    act(() => result.current.mutate({ currentPassword: 'wrong', newPassword: next }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'validation', status: 400 });
    expect(credentialProblem(result.current.error)).toBe('wrong-password');

    act(() => result.current.mutate({ currentPassword: current, newPassword: next }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(kit.mock.requests.map((r) => r.path)).toEqual([
      '/customer/demo/password/change',
      '/customer/demo/password/change',
    ]);
    // The mock now takes the new password as the current one, and not the old.
    await expect(
      changePassword(kit.client, { currentPassword: current, newPassword: 'other-1' }),
    ).rejects.toMatchObject({ kind: 'validation' });
    await expect(
      changePassword(kit.client, { currentPassword: next, newPassword: 'other-1' }),
    ).resolves.toBeUndefined();
  });

  it('keeps both passwords out of the mutation state, while pending and after', async () => {
    const mock = createProfileApiMock();
    const waiting: (() => void)[] = [];
    const kit = createHarness({
      mock,
      fetch: async (input, init) => {
        await new Promise<void>((go) => waiting.push(go));
        return mock.fetch(input, init);
      },
    });
    const { result, unmount } = render(kit);
    act(() => result.current.mutate({ currentPassword: current, newPassword: next }));
    await waitFor(() => expect(waiting).toHaveLength(1));
    expect(result.current.isPending).toBe(true);
    expect(result.current.variables).toEqual({});
    expect(cached(kit)).not.toContain(current);
    expect(cached(kit)).not.toContain(next);
    for (const go of waiting.splice(0)) go();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(cached(kit)).not.toContain(current);
    expect(cached(kit)).not.toContain(next);
    unmount();
    // gcTime 0: without an observer the settled mutation leaves the cache.
    await waitFor(() => expect(kit.queryClient.getMutationCache().getAll()).toEqual([]));
  });

  it('sends nothing when the new password is the current one', async () => {
    const { kit, result } = render();
    act(() => result.current.mutate({ currentPassword: current, newPassword: current }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('invalid-input');
    expect(result.current.error?.fieldErrors.map((e) => e.field)).toEqual(['newPassword']);
    expect(kit.count('POST')).toBe(0);
  });

  it('reports a 429 as rate-limited with its Retry-After, and does not retry', async () => {
    const kit = createHarness();
    kit.mock.faults.failNext(429, { method: 'POST', headers: { 'Retry-After': '30' } });
    const { result } = render(kit);
    act(() => result.current.mutate({ currentPassword: current, newPassword: next }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
    expect(credentialProblem(result.current.error)).toBeUndefined();
    expect(kit.count('POST')).toBe(1);
  });

  it('does not retry a 503 either: one POST', async () => {
    const kit = createHarness();
    kit.mock.faults.failNext(503, { method: 'POST' });
    const { result } = render(kit);
    act(() => result.current.mutate({ currentPassword: current, newPassword: next }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('server');
    expect(kit.count('POST')).toBe(1);
  });

  describe('the session after the change', () => {
    /**
     * An API that ends the old token's session once the password changes, as some identity
     * providers do: from then on only the refreshed token works (the mock serves it as the
     * customer's). Every bearer the API saw is kept, in order.
     */
    function sessionEndingApi() {
      const mock = createProfileApiMock();
      const seen: string[] = [];
      let changed = false;
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const headers = new Headers(init?.headers);
        const bearer = headers.get('authorization')?.replace('Bearer ', '') ?? '';
        seen.push(bearer);
        if (bearer === 'after-change')
          headers.set('authorization', `Bearer ${mockTokens.customer}`);
        else if (changed) headers.set('authorization', `Bearer ${mockTokens.expired}`);
        const answer = await mock.fetch(input, { ...init, headers });
        if (String(input).endsWith('/password/change') && answer.status === 204) changed = true;
        return answer;
      };
      return { mock, fetch, seen };
    }

    /** The password changed through the hook on `api`; the refresher was asked once. */
    async function changedWith(
      api: ReturnType<typeof sessionEndingApi>,
      refreshAccessToken: () => Promise<unknown>,
    ) {
      const kit = createHarness({ mock: api.mock, fetch: api.fetch, refreshAccessToken });
      const { result } = render(kit);
      act(() => result.current.mutate({ currentPassword: current, newPassword: next }));
      await waitFor(() => expect(result.current.isSuccess).toBe(true));
      expect(refreshAccessToken).toHaveBeenCalledTimes(1);
      return kit;
    }

    it('is refreshed after the change, so the next read goes out with the new token', async () => {
      const api = sessionEndingApi();
      const refreshAccessToken = vi.fn(async () => 'after-change');
      const kit = await changedWith(api, refreshAccessToken);

      const profile = renderHook(() => useCustomerProfile(), { wrapper: kit.wrapper });
      await waitFor(() => expect(profile.result.current.isSuccess).toBe(true));
      // The change with the old token, then the read with the new one at once: no 401.
      expect(api.seen).toEqual([mockTokens.customer, 'after-change']);
      expect(refreshAccessToken).toHaveBeenCalledTimes(1);
    });

    it('does not wait for a slow refresher: changed at once, and a read meanwhile waits for it', async () => {
      const api = sessionEndingApi();
      let release: (token: string) => void = () => {};
      const refreshAccessToken = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
      const kit = await changedWith(api, refreshAccessToken);

      // The read goes out with the old token, meets the 401 and waits for the refresh.
      const profile = renderHook(() => useCustomerProfile(), { wrapper: kit.wrapper });
      await waitFor(() => expect(api.seen).toHaveLength(2));
      expect(profile.result.current.isPending).toBe(true);
      act(() => release('after-change'));
      await waitFor(() => expect(profile.result.current.isSuccess).toBe(true));
      expect(api.seen).toEqual([mockTokens.customer, mockTokens.customer, 'after-change']);
      // One refresh for both: the 401 joined the one the change started.
      expect(refreshAccessToken).toHaveBeenCalledTimes(1);
    });

    it('still counts as changed when the refresh fails', async () => {
      const api = sessionEndingApi();
      const refreshAccessToken = vi
        .fn(async () => 'after-change')
        .mockRejectedValueOnce(new Error('refresh token revoked'));
      const kit = createHarness({ mock: api.mock, fetch: api.fetch, refreshAccessToken });
      await expect(
        changePassword(kit.client, { currentPassword: current, newPassword: next }),
      ).resolves.toBeUndefined();
      await waitFor(() => expect(refreshAccessToken).toHaveBeenCalledTimes(1));
      // The change took: with a token the refresher gives later, the new password is the
      // current one.
      await expect(
        changePassword(kit.client, { currentPassword: next, newPassword: 'other-1' }),
      ).resolves.toBeUndefined();
    });

    it('is left alone without a refresher: one request, nothing else', async () => {
      const kit = createHarness();
      await expect(
        changePassword(kit.client, { currentPassword: current, newPassword: next }),
      ).resolves.toBeUndefined();
      expect(kit.mock.requests).toHaveLength(1);
      await expect(kit.client.refreshSession()).resolves.toBe(false);
    });
  });
});
