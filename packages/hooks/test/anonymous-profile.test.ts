import { describe, expect, it } from 'vitest';
import { createProfileClient, isAnonymousProfile, isProfileKitError } from '../src/index.js';
import { anonymousProfile, customerProfile, fakeFetch, json } from './fake-fetch.js';

describe('isAnonymousProfile', () => {
  it('tells the anonymous profile from a customer', () => {
    expect(isAnonymousProfile(anonymousProfile)).toBe(true);
    expect(isAnonymousProfile({ customerNumber: '00000000' })).toBe(true);
    expect(isAnonymousProfile(customerProfile)).toBe(false);
    expect(isAnonymousProfile({ customerNumber: '00000000', accounts: [{ id: 'a@b.c' }] })).toBe(
      false,
    );
  });
});

describe('a PATCH the client knows is anonymous', () => {
  it('is refused with forbidden and never sent', async () => {
    let token = 'anonymous-token';
    const api = fakeFetch((request) =>
      request.method === 'GET'
        ? json(token === 'anonymous-token' ? anonymousProfile : customerProfile)
        : new Response(null, { status: 200 }),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => token,
      fetch: api.fetch,
    });

    await client.getProfile();
    const error = await client.updateProfile({ firstName: 'Ann' }).catch((e: unknown) => e);
    expect(isProfileKitError(error, 'forbidden')).toBe(true);
    expect(api.requests.map((request) => request.method)).toEqual(['GET']);

    token = 'customer-token';
    await client.updateProfile({ firstName: 'Ann' });
    expect(api.requests.map((request) => request.method)).toEqual(['GET', 'PATCH']);
  });

  it('is sent when the client has not seen the profile, and the API’s 403 is forbidden', async () => {
    const api = fakeFetch(() =>
      json({ status: 403, type: 'forbidden', message: 'User not authorized.' }, { status: 403 }),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'anon',
      fetch: api.fetch,
    });
    const error = await client.updateProfile({ firstName: 'Ann' }).catch((e: unknown) => e);
    expect(isProfileKitError(error, 'forbidden')).toBe(true);
    expect(api.requests).toHaveLength(1);
  });
});
