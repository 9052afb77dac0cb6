import { createProfileApiMock, mockPasswords } from '@profile-kit/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changePassword, credentialProblem, useChangePassword } from '../src/account.js';
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
});
