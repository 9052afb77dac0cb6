import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockPasswords, mockTokens } from '../src/index.js';
import {
  type CredentialPath,
  callCredentials,
  contractErrors,
  credentialPaths,
  schemaRefs,
  validBody,
} from './helpers/index.js';

// A body of each path that would pass, checked against the contract's schema.
const bodies: [CredentialPath, string, unknown][] = [
  [
    'emailChange',
    '#/components/schemas/ChangeEmailRequestDto',
    {
      email: 'anna.schmidt@example.com',
      password: mockPasswords.customer,
      newEmail: 'anna@example.org',
    },
  ],
  ['emailConfirm', '#/components/schemas/UpdateEmail', { token: 'x'.repeat(64) }],
  [
    'passwordChange',
    '#/components/schemas/PasswordChangeDto',
    { currentPassword: mockPasswords.customer, newPassword: 'N3w-secret' },
  ],
];

describe.each(bodies)('POST %s', (path, schema, body) => {
  validBody(schema, body);

  it('answers 401 with the fault body without a token', async () => {
    const response = await callCredentials(createProfileApiMock(), path, body, { token: null });
    expect(response.status).toBe(401);
    expect(contractErrors(schemaRefs.unauthorized, await response.json())).toEqual([]);
  });

  it('answers 401 "Access Token expired" for an expired token', async () => {
    const response = await callCredentials(createProfileApiMock(), path, body, {
      token: mockTokens.expired,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      fault: { detail: { errorcode: 'keymanagement.service.access_token_expired' } },
    });
  });

  it('answers 400 for another tenant', async () => {
    const response = await callCredentials(createProfileApiMock(), path, body, {
      tenant: 'other',
    });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error).toMatchObject({ status: 400, type: 'bad_request' });
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
  });

  it('answers 403 (the contract example) for the other kind of token than its security names', async () => {
    const token = path === 'emailConfirm' ? mockTokens.customer : mockTokens.anonymous;
    const response = await callCredentials(createProfileApiMock(), path, body, { token });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      status: 403,
      type: 'Forbidden',
      message: 'User not authorized.',
    });
  });

  it('answers 405 naming POST for a GET', async () => {
    const response = await callCredentials(createProfileApiMock(), path, undefined, {
      method: 'GET',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
  });

  it('answers 400 with details for a body without its fields', async () => {
    const response = await callCredentials(createProfileApiMock(), path, {});
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
    expect(error.details.length).toBeGreaterThan(0);
  });

  it('keeps passwords and the mail token out of the request log', async () => {
    const mock = createProfileApiMock();
    await callCredentials(mock, path, body);
    const logged = JSON.stringify(mock.requests);
    expect(logged).not.toContain(mockPasswords.customer);
    expect(logged).not.toContain('N3w-secret');
    expect(logged).not.toContain('x'.repeat(64));
    expect(mock.requests[0]?.path).toBe(`/customer/demo${credentialPaths[path]}`);
  });
});
