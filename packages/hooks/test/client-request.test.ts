import { describe, expect, it } from 'vitest';
import { createProfileClient, isProfileKitError } from '../src/index.js';
import { anonymousProfile, fakeFetch, json } from './fake-fetch.js';

const sitePath = (tenant: string) => `/site/${tenant}/sites/main`;

describe('client.request: another endpoint with the same token handling', () => {
  it('sends to the path built from the validated tenant, with the bearer token, and parses the JSON', async () => {
    const api = fakeFetch(() => json({ code: 'main', currency: 'EUR' }));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'tok-1',
      fetch: api.fetch,
    });
    await expect(client.request(sitePath)).resolves.toEqual({ code: 'main', currency: 'EUR' });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.url).toBe('https://api.emporix.io/site/mystore/sites/main');
    expect(api.requests[0]?.headers.get('authorization')).toBe('Bearer tok-1');
  });

  it.each([
    ['a Headers object', new Headers({ 'X-Trace': 'abc' })],
    ['an array of pairs', [['X-Trace', 'abc']] as [string, string][]],
    ['a plain object', { 'x-trace': 'abc' }],
  ])("keeps the caller's headers given as %s, beside the client's own", async (_, headers) => {
    const api = fakeFetch(() => json({}));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'tok-1',
      fetch: api.fetch,
    });
    await client.request(sitePath, { headers });
    const sent = api.requests[0]?.headers;
    expect(sent?.get('x-trace')).toBe('abc');
    expect(sent?.get('authorization')).toBe('Bearer tok-1');
    expect(sent?.get('accept')).toBe('application/json');
  });

  it("a caller's own Authorization or Accept never joins or replaces the client's", async () => {
    const api = fakeFetch(() => json({}));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'tok-1',
      fetch: api.fetch,
    });
    await client.request(sitePath, {
      headers: { authorization: 'Bearer other', accept: 'text/html' },
    });
    expect(api.requests[0]?.headers.get('authorization')).toBe('Bearer tok-1');
    expect(api.requests[0]?.headers.get('accept')).toBe('application/json');
  });

  it('resolves with undefined for an answer without a body (204)', async () => {
    const api = fakeFetch(() => new Response(null, { status: 204 }));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 't',
      fetch: api.fetch,
    });
    await expect(
      client.request((tenant) => `/customer/${tenant}/me/addresses/a1`, { method: 'DELETE' }),
    ).resolves.toBeUndefined();
    expect(api.requests[0]?.method).toBe('DELETE');
  });

  it('shares the refresh after a 401 and retries once with the new token', async () => {
    let token = 'old';
    const api = fakeFetch((request) =>
      request.headers.get('authorization') === 'Bearer new'
        ? json({ ok: true })
        : json({ fault: { faultstring: 'Invalid access token' } }, { status: 401 }),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => token,
      refreshAccessToken: async () => {
        token = 'new';
      },
      fetch: api.fetch,
    });
    await expect(client.request(sitePath)).resolves.toEqual({ ok: true });
    expect(api.requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer old',
      'Bearer new',
    ]);
  });

  it('rejects a non-2xx answer with a typed error, and sends nothing for an invalid tenant', async () => {
    const api = fakeFetch(() => json({ message: 'no such site' }, { status: 404 }));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 't',
      fetch: api.fetch,
    });
    const error = await client.request(sitePath).catch((e: unknown) => e);
    expect(isProfileKitError(error, 'not-found')).toBe(true);

    const invalid = createProfileClient({
      tenant: 'My Store',
      getAccessToken: () => 't',
      fetch: api.fetch,
    });
    const configError = await invalid.request(sitePath).catch((e: unknown) => e);
    expect(isProfileKitError(configError, 'config')).toBe(true);
    expect(api.requests).toHaveLength(1);
  });

  it('does not refuse a write with the anonymous token: only profile changes are forbidden to it', async () => {
    const api = fakeFetch((request) =>
      request.method === 'GET' ? json(anonymousProfile) : new Response(null, { status: 204 }),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'anon',
      fetch: api.fetch,
    });
    await client.getProfile();
    await expect(
      client.request((tenant) => `/customer/${tenant}/me/accounts/internal/email/change/confirm`, {
        method: 'POST',
        body: '{}',
      }),
    ).resolves.toBeUndefined();
    const error = await client.updateProfile({ firstName: 'Ann' }).catch((e: unknown) => e);
    expect(isProfileKitError(error, 'forbidden')).toBe(true);
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
  });
});
