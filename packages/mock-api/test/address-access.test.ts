import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { callAddresses, contractErrors, schemaRefs } from './helpers/index.js';

const homeId = mockProfiles.b2cCustomer.addresses?.[0]?.id ?? '';

// Every method the contract lists on the three address paths, with a body that would pass.
const operations: [method: string, path: string, body?: unknown][] = [
  ['GET', ''],
  ['POST', '', { contactName: 'Eva Meier' }],
  ['GET', `/${homeId}`],
  ['PATCH', `/${homeId}`, { city: 'Potsdam' }],
  ['DELETE', `/${homeId}`],
  ['POST', `/${homeId}/tags?tags=GIFT`],
  ['DELETE', `/${homeId}/tags?tags=BILLING`],
];

describe.each(operations)('%s /me/addresses%s', (method, path, body) => {
  it('answers 401 with the fault body without a token, and changes nothing', async () => {
    const mock = createProfileApiMock();
    const before = mock.profileFor(mockTokens.customer);
    const response = await callAddresses(mock, method, path, { body, token: null });
    expect(response.status).toBe(401);
    expect(contractErrors(schemaRefs.unauthorized, await response.json())).toEqual([]);
    expect(mock.profileFor(mockTokens.customer)).toEqual(before);
  });

  it('answers 401 "Access Token expired" for an expired token', async () => {
    const response = await callAddresses(createProfileApiMock(), method, path, {
      body,
      token: mockTokens.expired,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      fault: { detail: { errorcode: 'keymanagement.service.access_token_expired' } },
    });
  });

  it('answers 403 (the contract example) for the anonymous token', async () => {
    const response = await callAddresses(createProfileApiMock(), method, path, {
      body,
      token: mockTokens.anonymous,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      status: 403,
      type: 'Forbidden',
      message: 'User not authorized.',
    });
  });

  it('answers 400 for another tenant', async () => {
    const response = await callAddresses(createProfileApiMock(), method, path, {
      body,
      tenant: 'other',
    });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error).toMatchObject({ status: 400, type: 'bad_request' });
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
  });

  it('uses up a queued fault', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(503);
    expect((await callAddresses(mock, method, path, { body })).status).toBe(503);
  });
});

describe('methods the contract does not list', () => {
  it.each([
    ['PUT', `/${homeId}`, 'GET, HEAD, PATCH, DELETE'],
    ['PATCH', '', 'GET, HEAD, POST'],
    ['GET', `/${homeId}/tags?tags=A`, 'POST, DELETE'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const mock = createProfileApiMock();
    const body = method === 'GET' ? undefined : { contactName: 'X' };
    const response = await callAddresses(mock, method, path, { body });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
  });
});

describe('other customers', () => {
  it('see only their own addresses', async () => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'GET', `/${homeId}`, {
      token: mockTokens.otherCustomer,
    });
    expect(response.status).toBe(404);
  });
});
