import { describe, expect, it, vi } from 'vitest';
import { createProfileClient, isProfileKitError } from '../src/index.js';
import { customerProfile, fakeFetch, json } from './fake-fetch.js';

const token = 'customer-token-123';

function setup(overrides: Partial<Parameters<typeof createProfileClient>[0]> = {}) {
  const api = fakeFetch((request) =>
    request.method === 'GET' ? json(customerProfile) : new Response(null, { status: 200 }),
  );
  const client = createProfileClient({
    tenant: 'mystore',
    getAccessToken: () => token,
    fetch: api.fetch,
    ...overrides,
  });
  return { client, requests: api.requests };
}

describe('getProfile', () => {
  it('sends GET /customer/{tenant}/me with the bearer token', async () => {
    const { client, requests } = setup();
    const profile = await client.getProfile();
    expect(profile.firstName).toBe('John');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('https://api.emporix.io/customer/mystore/me');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.body).toBeUndefined();
  });

  it('sends expand comma-joined, sorted and without repeats', async () => {
    const { client, requests } = setup();
    await client.getProfile({ expand: ['mixin:*', 'addresses', 'mixin:*'] });
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/customer/mystore/me');
    expect(url.searchParams.get('expand')).toBe('addresses,mixin:*');
  });

  it('refuses an expand value the API does not know, without a request', async () => {
    const { client, requests } = setup();
    // @ts-expect-error — not an expand value
    const error = await client.getProfile({ expand: ['orders'] }).catch((e: unknown) => e);
    expect(isProfileKitError(error, 'invalid-input')).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('uses a custom base URL, with or without a trailing slash, or a same-origin path', async () => {
    const origin = setup({ baseUrl: 'https://api.example.test/' });
    await origin.client.getProfile();
    expect(origin.requests[0]?.url).toBe('https://api.example.test/customer/mystore/me');

    const path = setup({ baseUrl: '/emporix' });
    await path.client.getProfile();
    expect(path.requests[0]?.url).toBe('/emporix/customer/mystore/me');
  });
});

describe('in older browsers', () => {
  it('works without URL.canParse (before Safari 17 and Chrome 120), and still refuses a bad base URL', async () => {
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { canParse: undefined }));
    try {
      const { client, requests } = setup({ baseUrl: 'https://api.example.test' });
      await expect(client.getProfile()).resolves.toMatchObject({ firstName: 'John' });
      expect(requests[0]?.url).toBe('https://api.example.test/customer/mystore/me');
      const bad = setup({ baseUrl: 'https://' });
      await expect(bad.client.getProfile()).rejects.toMatchObject({ kind: 'config' });
      expect(bad.requests).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('updateProfile', () => {
  it('sends PATCH with only the fields in the patch, as merge-patch JSON', async () => {
    const { client, requests } = setup();
    await expect(
      client.updateProfile({ preferredCurrency: 'EUR', metadata: { version: 3 } }),
    ).resolves.toBeUndefined();
    const [request] = requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe('https://api.emporix.io/customer/mystore/me');
    expect(request?.headers.get('content-type')).toBe('application/merge-patch+json');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      preferredCurrency: 'EUR',
      metadata: { version: 3 },
    });
  });

  it('sends a cleared optional field as an empty string, never null', async () => {
    const { client, requests } = setup();
    await client.updateProfile({ middleName: '', company: '' });
    expect(requests[0]?.body).toBe('{"middleName":"","company":""}');
  });

  it('sends text trimmed', async () => {
    const { client, requests } = setup();
    await client.updateProfile({ firstName: '  Ann  ' });
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ firstName: 'Ann' });
  });

  it.each([
    [{ preferredCurrency: 'EURO' }, 'preferredCurrency'],
    [{ preferredCurrency: 'eur' }, 'preferredCurrency'],
    [{ preferredLanguage: 'english' }, 'preferredLanguage'],
    [{ preferredLanguage: 'zz_ZZ' }, 'preferredLanguage'],
    [{ contactEmail: '' }, 'contactEmail'],
    [{ firstName: null }, 'firstName'],
    [{ b2b: { companyRegistrationId: '1' } }, 'firstName'],
  ])('sends nothing for the invalid patch %j', async (patch, field) => {
    const { client, requests } = setup();
    const error = await client.updateProfile(patch as never).catch((e: unknown) => e);
    expect(isProfileKitError(error, 'invalid-input')).toBe(true);
    if (!isProfileKitError(error)) return;
    expect(error.fieldErrors.map((item) => item.field)).toContain(field);
    expect(requests).toHaveLength(0);
  });

  it('never sends read-only fields', async () => {
    const { client, requests } = setup();
    const error = await client
      .updateProfile({ id: 'x', customerNumber: '1', firstName: 'A' } as never)
      .catch((e: unknown) => e);
    expect(isProfileKitError(error, 'invalid-input')).toBe(true);
    expect(requests).toHaveLength(0);
  });
});

describe('configuration', () => {
  it.each(['', 'ab', 'MyStore', 'my-store', '../admin', 'a'.repeat(17), 'shop/x'])(
    'refuses the tenant %j without sending anything',
    async (tenant) => {
      const { client, requests } = setup({ tenant });
      const read = await client.getProfile().catch((e: unknown) => e);
      const write = await client.updateProfile({ firstName: 'A' }).catch((e: unknown) => e);
      expect(isProfileKitError(read, 'config')).toBe(true);
      expect(isProfileKitError(write, 'config')).toBe(true);
      if (isProfileKitError(read)) {
        expect(read.fieldErrors.map((item) => item.field)).toEqual(['tenant']);
      }
      expect(requests).toHaveLength(0);
    },
  );

  it.each([
    'ftp://api.example.test',
    'https://user:pw@api.example.test',
    '//evil.test',
    // URL parsing reads a backslash as a slash and drops tabs: both would be //evil.test.
    '/\\evil.test',
    '/\t/evil.test',
    'https://api.example.test\\.evil.test',
    'api',
    'http://api.example.test',
  ])('refuses the base URL %j', async (baseUrl) => {
    const { client, requests } = setup({ baseUrl });
    expect(isProfileKitError(await client.getProfile().catch((e: unknown) => e), 'config')).toBe(
      true,
    );
    expect(requests).toHaveLength(0);
  });

  it('allows plain http only on this machine, where the token crosses no network', async () => {
    const local = setup({ baseUrl: 'http://localhost:8080' });
    await local.client.getProfile();
    expect(local.requests[0]?.url).toBe('http://localhost:8080/customer/mystore/me');
  });

  it('asks for the token on every request, so a rotated token is used at once', async () => {
    let current = 'first';
    const { client, requests } = setup({ getAccessToken: async () => current });
    await client.getProfile();
    current = 'second';
    await client.getProfile();
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });
});
