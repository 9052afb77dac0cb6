import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createProfileClient, isProfileKitError } from '../src/index.js';
import { fakeFetch, json } from './fake-fetch.js';

const secret = 'eyJhbGciOiJSUzI1NiJ9.secret-customer-token.signature';

/** Every way a host might look at an error: none may show the token. */
function everyView(error: unknown): string[] {
  if (!(error instanceof Error)) throw new Error('expected an Error');
  return [
    error.message,
    String(error),
    JSON.stringify(error),
    error.stack ?? '',
    inspect(error, { depth: 10 }),
  ];
}

const echoing = {
  '400 details': () =>
    json(
      {
        status: 400,
        type: 'validation_failure',
        message: `Bad request for Bearer ${secret}`,
        details: [{ field: 'firstName', type: 'invalid_value', message: `token ${secret}` }],
      },
      { status: 400 },
    ),
  '401 fault': () =>
    json(
      { fault: { faultstring: `Invalid access token ${secret}`, detail: { errorcode: secret } } },
      { status: 401 },
    ),
  '500 text': () => new Response(`upstream said ${secret}`, { status: 500 }),
  'network failure': () => {
    throw new TypeError(`connection reset while sending Authorization: Bearer ${secret}`);
  },
};

describe('token redaction', () => {
  let consoleSpies: MockInstance[] = [];
  beforeEach(() => {
    consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method),
    );
  });
  afterEach(() => {
    for (const spy of consoleSpies) spy.mockRestore();
  });

  it.each(Object.entries(echoing))('keeps the token out of a %s error', async (_, answer) => {
    const api = fakeFetch(answer);
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => secret,
      fetch: api.fetch,
    });
    const error = await client.updateProfile({ firstName: 'Ann' }).catch((e: unknown) => e);
    expect(isProfileKitError(error)).toBe(true);
    for (const view of everyView(error)) expect(view).not.toContain(secret);
    expect(api.requests[0]?.headers.get('authorization')).toBe(`Bearer ${secret}`);
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  });

  // An opaque token with characters that URL encoding changes, echoed back the ways a
  // proxy or a server's log line might: each form must be hidden, with no piece left over.
  const opaque = 'Zm9vYmFy+c2VjcmV0/dG9rZW4=';
  const echoes = {
    'URL-encoded': `redirect_uri=https%3A%2F%2Fshop%3Ftoken%3D${encodeURIComponent(opaque)}`,
    'in upper case': `AUTHORIZATION: BEARER ${opaque.toUpperCase()}`,
    'in lower case': `authorization: bearer ${opaque.toLowerCase()}`,
    'cut off after a prefix': `token ${opaque.slice(0, 12)}… rejected`,
    'inside a longer string': `sig=x${opaque}y&next=1`,
  };
  it.each(Object.entries(echoes))('hides the token %s in any error text', async (_, echo) => {
    const api = fakeFetch(() =>
      json(
        {
          status: 400,
          type: echo,
          message: echo,
          details: [{ field: 'firstName', message: echo }],
        },
        { status: 400 },
      ),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => opaque,
      fetch: api.fetch,
    });
    const error = await client.updateProfile({ firstName: 'Ann' }).catch((e: unknown) => e);
    expect(isProfileKitError(error)).toBe(true);
    const forms = [opaque, encodeURIComponent(opaque), opaque.slice(0, 12)];
    for (const view of everyView(error)) {
      for (const form of forms) expect(view.toLowerCase()).not.toContain(form.toLowerCase());
    }
  });

  it('hides every token the request used: the expired one echoed after a refresh too', async () => {
    const fresh = 'rf-2b7c9d1e.refreshed-customer-token';
    // The first try gets a 401; the retry with the fresh token gets a 500 whose text
    // names both tokens, as an upstream's log line might.
    const api = fakeFetch((request) =>
      request.headers.get('authorization') === `Bearer ${secret}`
        ? new Response(null, { status: 401 })
        : json({ message: `old ${secret}, new ${fresh}` }, { status: 500 }),
    );
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => secret,
      refreshAccessToken: async () => fresh,
      fetch: api.fetch,
    });
    const error = await client.updateProfile({ firstName: 'Ann' }).catch((e: unknown) => e);
    expect(api.requests.map((r) => r.headers.get('authorization'))).toEqual([
      `Bearer ${secret}`,
      `Bearer ${fresh}`,
    ]);
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    for (const view of everyView(error)) {
      expect(view).not.toContain(secret);
      expect(view).not.toContain(fresh);
    }
  });

  it('hides the expired token in a network failure after a refresh', async () => {
    const fresh = 'rf-2b7c9d1e.refreshed-customer-token';
    const api = fakeFetch((request) => {
      if (request.headers.get('authorization') === `Bearer ${secret}`) {
        return new Response(null, { status: 401 });
      }
      throw new TypeError(`reset; earlier Authorization: Bearer ${secret}`);
    });
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => secret,
      refreshAccessToken: async () => fresh,
      fetch: api.fetch,
    });
    const error = await client.getProfile().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network' });
    for (const view of everyView(error)) expect(view).not.toContain(secret);
  });

  it('never puts the token in the URL', async () => {
    const api = fakeFetch(() => json({ id: '1' }));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => secret,
      fetch: api.fetch,
    });
    await client.getProfile({ expand: ['addresses'] });
    expect(api.requests[0]?.url).not.toContain(secret);
  });
});
