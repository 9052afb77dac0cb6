import { mockPasswords, mockTokens } from '@profile-kit/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  credentialProblem,
  type EmailChange,
  useChangeEmail,
  useConfirmEmailChange,
} from '../src/account.js';
import { createHarness, type Harness } from './profile-kit-harness.js';

const anna = 'anna.schmidt@example.com';
const request: EmailChange = {
  email: anna,
  password: mockPasswords.customer,
  newEmail: 'anna@example.org',
};

async function requestChange(kit: Harness, input = request) {
  const { result } = renderHook(() => useChangeEmail(), { wrapper: kit.wrapper });
  act(() => result.current.mutate(input));
  await waitFor(() => expect(result.current.isSuccess || result.current.isError).toBe(true));
  return result;
}

// The confirm page: a browser nobody is signed in on, with the mock's anonymous token.
async function confirm(kit: Harness, token: string) {
  const page = createHarness({ mock: kit.mock, session: null, token: mockTokens.anonymous });
  const { result } = renderHook(() => useConfirmEmailChange(), { wrapper: page.wrapper });
  act(() => result.current.mutate({ token }));
  await waitFor(() => expect(result.current.isSuccess || result.current.isError).toBe(true));
  return { result, page };
}

describe('useChangeEmail and useConfirmEmailChange', () => {
  it('change, then confirm from the mail link under an anonymous token', async () => {
    const kit = createHarness();
    const change = await requestChange(kit, { ...request, syncContactEmail: true });
    expect(change.current.isSuccess).toBe(true);
    expect(change.current.variables).toEqual({
      email: anna,
      newEmail: 'anna@example.org',
      syncContactEmail: true,
    });
    const token = kit.mock.emailChangeToken(mockTokens.customer) ?? '';
    const { result, page } = await confirm(kit, token);
    expect(result.current.isSuccess).toBe(true);
    expect(result.current.variables).toEqual({});
    const stored = kit.mock.profileFor(mockTokens.customer);
    expect(stored?.accounts).toEqual([{ id: 'anna@example.org' }]);
    expect(stored?.contactEmail).toBe('anna@example.org');
    for (const client of [kit.queryClient, page.queryClient]) {
      const state = JSON.stringify(
        client
          .getMutationCache()
          .getAll()
          .map((m) => m.state),
      );
      expect(state).not.toContain(mockPasswords.customer);
      expect(state).not.toContain(token);
    }
  });

  it('reports a wrong password as wrong-password, and no mail is sent', async () => {
    const kit = createHarness();
    const change = await requestChange(kit, { ...request, password: 'wrong' });
    expect(change.current.error).toMatchObject({ kind: 'validation', status: 400 });
    expect(credentialProblem(change.current.error)).toBe('wrong-password');
    expect(kit.mock.emailChangeToken(mockTokens.customer)).toBeUndefined();
  });

  it('sends nothing for a new email that is no email address', async () => {
    const kit = createHarness();
    const change = await requestChange(kit, { ...request, newEmail: 'anna' });
    expect(change.current.error?.kind).toBe('invalid-input');
    expect(kit.count('POST')).toBe(0);
  });

  it('tells a used token (token-invalid) from an expired one (token-expired)', async () => {
    const kit = createHarness();
    await requestChange(kit);
    const token = kit.mock.emailChangeToken(mockTokens.customer) ?? '';
    await confirm(kit, token);
    const again = await confirm(kit, token);
    expect(again.result.current.error?.kind).toBe('validation');
    expect(credentialProblem(again.result.current.error)).toBe('token-invalid');

    await requestChange(kit, { ...request, email: 'anna@example.org', newEmail: anna });
    const second = kit.mock.emailChangeToken(mockTokens.customer) ?? '';
    kit.mock.expireEmailChangeToken(second);
    const expired = await confirm(kit, second);
    expect(credentialProblem(expired.result.current.error)).toBe('token-expired');
    expect(kit.mock.profileFor(mockTokens.customer)?.accounts).toEqual([
      { id: 'anna@example.org' },
    ]);
  });

  it('is forbidden with a customer token, as the contract asks for an anonymous one', async () => {
    const kit = createHarness();
    await requestChange(kit);
    const token = kit.mock.emailChangeToken(mockTokens.customer) ?? '';
    const { result } = renderHook(() => useConfirmEmailChange(), { wrapper: kit.wrapper });
    act(() => result.current.mutate({ token }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('forbidden');
  });
});
