import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockTokens } from '../src/index.js';
import { getMe, meUrl, patchMe, validPatch } from './helpers/index.js';

const invalidToken = {
  fault: {
    faultstring: 'Invalid access token',
    detail: { errorcode: 'oauth.v2.InvalidAccessToken' },
  },
};
const expiredToken = {
  fault: {
    faultstring: 'Access Token expired',
    detail: { errorcode: 'keymanagement.service.access_token_expired' },
  },
};
const invalidTenant = {
  status: 400,
  type: 'bad_request',
  message: 'The tenant information provided with the request is not valid.',
};

async function getWithAuthorization(authorization: string): Promise<Response> {
  return createProfileApiMock().fetch(meUrl(), { headers: { Authorization: authorization } });
}

describe('bearer token', () => {
  it('answers 401 invalid token without an Authorization header', async () => {
    const response = await getMe(createProfileApiMock(), { token: null });
    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual(invalidToken);
  });

  it.each([
    'Basic dXNlcjpwYXNz',
    'Bearer',
    'Bearer ',
    `Token ${mockTokens.customer}`,
    'Bearer a b',
  ])('answers 401 invalid token for the malformed header %j', async (header) => {
    const response = await getWithAuthorization(header);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(invalidToken);
  });

  it('answers 401 invalid token for an unknown token', async () => {
    const response = await getMe(createProfileApiMock(), { token: 'who-is-this' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(invalidToken);
  });

  it('answers 401 expired for the expired mock token, on GET and PATCH', async () => {
    const mock = createProfileApiMock();
    const get = await getMe(mock, { token: mockTokens.expired });
    const patch = await patchMe(mock, validPatch({ firstName: 'X' }), {
      token: mockTokens.expired,
    });
    expect([get.status, patch.status]).toEqual([401, 401]);
    expect(await get.json()).toEqual(expiredToken);
    expect(await patch.json()).toEqual(expiredToken);
  });

  it('accepts the scheme case-insensitively', async () => {
    const response = await getWithAuthorization(`bearer ${mockTokens.customer}`);
    expect(response.status).toBe(200);
  });

  it('checks the token before the tenant, like the gateway', async () => {
    const response = await getMe(createProfileApiMock(), { token: null, tenant: 'Bad-Tenant' });
    expect(response.status).toBe(401);
  });
});

describe('tenant', () => {
  it.each([
    ['another valid tenant', 'othertenant'],
    ['upper case', 'Demo'],
    ['too short', 'de'],
    ['too long', 'demodemodemodemod'],
    ['starting with a digit', '1demo'],
    ['with a hyphen', 'de-mo'],
  ])('answers 400 for %s', async (_, tenant) => {
    const response = await getMe(createProfileApiMock(), { tenant });
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual(invalidTenant);
  });

  it('answers 400 on PATCH too, and stores nothing', async () => {
    const mock = createProfileApiMock();
    const response = await patchMe(mock, validPatch({ firstName: 'X' }), { tenant: 'other' });
    expect(response.status).toBe(400);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it('serves a configured tenant of 16 chars and refuses the default one', async () => {
    const mock = createProfileApiMock({ tenant: 'abcdefghijklmnop' });
    expect((await getMe(mock, { tenant: 'abcdefghijklmnop' })).status).toBe(200);
    expect((await getMe(mock, { tenant: 'demo' })).status).toBe(400);
  });

  it('refuses a configured tenant that breaks the contract rule', async () => {
    const mock = createProfileApiMock({ tenant: 'Demo' });
    expect((await getMe(mock, { tenant: 'Demo' })).status).toBe(400);
  });
});
