import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockPasswords, mockTokens } from '../src/index.js';
import { callCredentials, contractErrors, schemaRefs } from './helpers/index.js';

const anna = 'anna.schmidt@example.com';
const request = (overrides: Record<string, unknown> = {}) => ({
  email: anna,
  password: mockPasswords.customer,
  newEmail: 'anna@example.org',
  ...overrides,
});

async function refusal(response: Response) {
  expect(response.status).toBe(400);
  const error = await response.json();
  expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
  return error;
}

describe('POST /me/accounts/internal/email/change', () => {
  it('answers 204 and creates a confirmation token, changing nothing yet', async () => {
    const mock = createProfileApiMock();
    const before = mock.profileFor(mockTokens.customer);
    const response = await callCredentials(mock, 'emailChange', request());
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(mock.emailChangeToken(mockTokens.customer)).toMatch(/^[0-9a-f]{64}$/);
    expect(mock.profileFor(mockTokens.customer)).toEqual(before);
  });

  it('refuses a wrong password with 400 on `password`, and creates no token', async () => {
    const mock = createProfileApiMock();
    const error = await refusal(
      await callCredentials(mock, 'emailChange', request({ password: 'wrong' })),
    );
    expect(error).toMatchObject({ type: 'invalid_password', details: [{ field: 'password' }] });
    expect(mock.emailChangeToken(mockTokens.customer)).toBeUndefined();
  });

  it('refuses another customer’s password and an email the account does not sign in with', async () => {
    const mock = createProfileApiMock();
    const other = request({ password: mockPasswords.otherCustomer });
    expect((await refusal(await callCredentials(mock, 'emailChange', other))).details).toEqual([
      expect.objectContaining({ field: 'password' }),
    ]);
    const notHers = request({ email: 'maria.rossi@example.com' });
    expect((await refusal(await callCredentials(mock, 'emailChange', notHers))).details).toEqual([
      expect.objectContaining({ field: 'email' }),
    ]);
  });

  it('refuses a new email that is no email address, or the current one', async () => {
    const mock = createProfileApiMock();
    const bad = await refusal(
      await callCredentials(mock, 'emailChange', request({ newEmail: 'anna' })),
    );
    expect(bad.details).toEqual([expect.objectContaining({ field: 'newEmail' })]);
    const same = await refusal(
      await callCredentials(mock, 'emailChange', request({ newEmail: anna.toUpperCase() })),
    );
    expect(same.details).toEqual([expect.objectContaining({ field: 'newEmail' })]);
  });
});

describe('POST /me/accounts/internal/email/change/confirm', () => {
  async function requested(mock = createProfileApiMock(), overrides = {}) {
    await callCredentials(mock, 'emailChange', request(overrides));
    return { mock, token: mock.emailChangeToken(mockTokens.customer) ?? '' };
  }

  it('changes the sign-in email with the token under an anonymous token; contactEmail stays', async () => {
    const { mock, token } = await requested();
    const response = await callCredentials(mock, 'emailConfirm', { token });
    expect(response.status).toBe(204);
    const profile = mock.profileFor(mockTokens.customer);
    expect(profile?.accounts).toEqual([{ id: 'anna@example.org' }]);
    expect(profile?.contactEmail).toBe(anna);
    expect(mock.emailChangeToken(mockTokens.customer)).toBeUndefined();
  });

  it('changes contactEmail as well with syncContactEmail', async () => {
    const { mock, token } = await requested(undefined, { syncContactEmail: true });
    await callCredentials(mock, 'emailConfirm', { token });
    expect(mock.profileFor(mockTokens.customer)?.contactEmail).toBe('anna@example.org');
  });

  it('answers 400 invalid_token for a token used once already, and changes nothing again', async () => {
    const { mock, token } = await requested();
    await callCredentials(mock, 'emailConfirm', { token });
    const error = await refusal(await callCredentials(mock, 'emailConfirm', { token }));
    expect(error).toMatchObject({ type: 'invalid_token', details: [{ field: 'token' }] });
  });

  it('answers 400 invalid_token for a token a newer request replaced', async () => {
    const { mock, token: first } = await requested();
    await callCredentials(mock, 'emailChange', request({ newEmail: 'a.schmidt@example.net' }));
    const error = await refusal(await callCredentials(mock, 'emailConfirm', { token: first }));
    expect(error.type).toBe('invalid_token');
    expect(mock.profileFor(mockTokens.customer)?.accounts).toEqual([{ id: anna }]);
  });

  it('answers 400 token_expired for an expired token, and changes nothing', async () => {
    const { mock, token } = await requested();
    mock.expireEmailChangeToken(token);
    const error = await refusal(await callCredentials(mock, 'emailConfirm', { token }));
    expect(error).toMatchObject({ type: 'token_expired', details: [{ field: 'token' }] });
    expect(mock.profileFor(mockTokens.customer)?.accounts).toEqual([{ id: anna }]);
  });

  it('forgets pending tokens on reset', async () => {
    const { mock, token } = await requested();
    mock.reset();
    expect(mock.emailChangeToken(mockTokens.customer)).toBeUndefined();
    expect((await refusal(await callCredentials(mock, 'emailConfirm', { token }))).type).toBe(
      'invalid_token',
    );
  });
});
