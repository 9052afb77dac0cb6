import { describe, expect, it, vi } from 'vitest';
import { createProfileClient } from '../src/index.js';
import { customerProfile, fakeFetch, json } from './fake-fetch.js';

// Issue 11, section 3: networks and auth that fail the way real ones do.

describe('a blank token', () => {
  it.each(['', '   ', '\t\n'])(
    '%j is no token: unauthorized, no bare "Bearer " is sent',
    async (blank) => {
      const api = fakeFetch(() => json(customerProfile));
      const client = createProfileClient({
        tenant: 'mystore',
        getAccessToken: () => blank,
        fetch: api.fetch,
      });
      await expect(client.getProfile()).rejects.toMatchObject({ kind: 'unauthorized' });
      expect(api.requests).toHaveLength(0);
    },
  );

  it('a blank token from the refresher is never sent after a 401', async () => {
    const api = fakeFetch(() => new Response(null, { status: 401 }));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'expired-token',
      refreshAccessToken: async () => '  ',
      fetch: api.fetch,
    });
    await expect(client.getProfile()).rejects.toMatchObject({ kind: 'unauthorized' });
    for (const request of api.requests) {
      expect(request.headers.get('authorization')).toBe('Bearer expired-token');
    }
  });
});

describe('redirects', () => {
  it('are never followed: every request asks fetch for redirect "manual"', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'PATCH' ? new Response(null, { status: 200 }) : json(customerProfile),
    );
    const client = createProfileClient({ tenant: 'mystore', getAccessToken: () => 't0ken', fetch });
    await client.getProfile();
    await client.updateProfile({ firstName: 'Jane' });
    expect(fetch.mock.calls.map(([, init]) => init?.redirect)).toEqual(['manual', 'manual']);
  });

  it.each([301, 302, 303, 307, 308])(
    'a %i answer to a save is an error, never a success',
    async (status) => {
      const api = fakeFetch(
        () => new Response(null, { status, headers: { Location: 'https://evil.example/me' } }),
      );
      const client = createProfileClient({
        tenant: 'mystore',
        getAccessToken: () => 't0ken',
        fetch: api.fetch,
      });
      await expect(client.updateProfile({ firstName: 'Jane' })).rejects.toMatchObject({
        kind: 'server',
        status,
      });
      expect(api.requests.map((request) => request.url)).toEqual([
        'https://api.emporix.io/customer/mystore/me',
      ]);
    },
  );

  it('an opaque redirect (status 0) is an error, never a success', async () => {
    const opaque = {
      status: 0,
      type: 'opaqueredirect',
      headers: new Headers(),
      text: async () => '',
    } as unknown as Response;
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 't0ken',
      fetch: async () => opaque,
    });
    await expect(client.updateProfile({ firstName: 'Jane' })).rejects.toMatchObject({
      kind: 'server',
    });
  });
});

describe('Retry-After', () => {
  const rateLimitedWith = async (retryAfter: string) => {
    const api = fakeFetch(
      () => new Response(null, { status: 429, headers: { 'Retry-After': retryAfter } }),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 't0ken',
      fetch: api.fetch,
    });
    return client.getProfile().catch((error: { retryAfterMs?: number }) => error.retryAfterMs);
  };

  it.each([
    ['120', 120_000],
    [' 5 ', 5_000],
    ['120, 60', 120_000],
    ['7 ,3', 7_000],
  ])('%j is understood as seconds', async (header, ms) => {
    expect(await rateLimitedWith(header)).toBe(ms);
  });

  it.each(['1.5', '-5', '+3', '1e3', '0x10', 'soon', ''])(
    '%j is neither seconds nor a date: no wait is claimed',
    async (header) => {
      expect(await rateLimitedWith(header)).toBeUndefined();
    },
  );

  it('a date in the past means "now": 0 ms', async () => {
    expect(await rateLimitedWith(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
  });

  it('an HTTP date is understood, also with spaces', async () => {
    const date = new Date(Date.now() + 60_000).toUTCString();
    for (const header of [date, ` ${date} `]) {
      const ms = await rateLimitedWith(header);
      expect(ms).toBeGreaterThan(55_000);
      expect(ms).toBeLessThanOrEqual(60_000);
    }
  });
});
