import { afterEach, describe, expect, it } from 'vitest';
import { createProfileApiMock, mockSites, mockTokens } from '../src/index.js';
import { type ProfileApiServer, startProfileApiServer } from '../src/server.js';

let server: ProfileApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startProfileApiServer', () => {
  it('serves GET and PATCH over real HTTP, keeping state between requests', async () => {
    server = await startProfileApiServer();
    const url = `${server.url}/customer/demo/me`;
    const auth = { Authorization: `Bearer ${mockTokens.customer}` };

    const before = await fetch(url, { headers: auth });
    expect(before.status).toBe(200);
    const profile = (await before.json()) as { metadata: { version: number } };

    const patch = await fetch(url, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ firstName: 'Anne', metadata: { version: profile.metadata.version } }),
    });
    expect(patch.status).toBe(200);
    expect(await patch.text()).toBe('');

    const after = await fetch(url, { headers: auth });
    expect(await after.json()).toMatchObject({ firstName: 'Anne' });
    expect(server.mock.profileFor(mockTokens.customer)?.firstName).toBe('Anne');
  });

  it('serves the sites over real HTTP, to a browser origin too', async () => {
    server = await startProfileApiServer();
    const answer = await fetch(`${server.url}/site/demo/sites/ch`, {
      headers: { Authorization: `Bearer ${mockTokens.anonymous}`, Origin: 'http://localhost:5173' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(await answer.json()).toEqual(mockSites.ch);
  });

  it('gives a usable URL on an IPv6 host', async () => {
    server = await startProfileApiServer({ host: '::1' });
    expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    const answer = await fetch(`${server.url}/customer/demo/me`, {
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
    });
    expect(answer.status).toBe(200);
  });

  it('answers CORS preflights and carries CORS headers on answers', async () => {
    server = await startProfileApiServer();
    const preflight = await fetch(`${server.url}/customer/demo/me`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const answer = await fetch(`${server.url}/customer/demo/me`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('lets cross-origin code read Retry-After, Allow and other answer headers', async () => {
    server = await startProfileApiServer();
    server.mock.faults.failNext(429, { headers: { 'X-Trace': 'abc' } });
    const limited = await fetch(`${server.url}/customer/demo/me`);
    expect(limited.status).toBe(429);
    const exposedOn429 = limited.headers.get('access-control-expose-headers')?.split(/, */) ?? [];
    expect(exposedOn429).toEqual(expect.arrayContaining(['retry-after', 'x-trace']));
    const refused = await fetch(`${server.url}/customer/demo/me`, { method: 'DELETE' });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('access-control-expose-headers')?.split(/, */)).toContain('allow');
  });

  it('answers HEAD like GET, without a body', async () => {
    server = await startProfileApiServer();
    const head = await fetch(`${server.url}/customer/demo/me`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/json');
    expect(await head.text()).toBe('');
  });

  it.each(['/', '/favicon.ico', '/customer/demo/me/accounts', '/customer/demo'])(
    'answers 404 with an ErrorMessage and CORS headers for %s',
    async (path) => {
      server = await startProfileApiServer();
      const response = await fetch(`${server.url}${path}`, {
        headers: { Authorization: `Bearer ${mockTokens.customer}` },
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await response.json()).toEqual({
        status: 404,
        type: 'resource_not_found',
        message: 'The requested resource was not found.',
      });
    },
  );

  it('serves the address book over HTTP, with POST and DELETE allowed cross-origin', async () => {
    server = await startProfileApiServer();
    const preflight = await fetch(`${server.url}/customer/demo/me/addresses/x`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'DELETE' },
    });
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
    const created = await fetch(`${server.url}/customer/demo/me/addresses`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${mockTokens.customer}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ contactName: 'Eva Meier' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const removed = await fetch(`${server.url}/customer/demo/me/addresses/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
    });
    expect(removed.status).toBe(204);
  });

  it.each([
    ['the default base URL', undefined],
    ['an absolute base URL with a path', 'https://gateway.example.com/emporix/'],
    ['a relative base URL', '/api'],
  ])('serves a mock created with %s at the server root', async (_, baseUrl) => {
    const mock = createProfileApiMock(baseUrl === undefined ? {} : { baseUrl });
    server = await startProfileApiServer({ mock });
    const response = await fetch(`${server.url}/customer/demo/me?expand=mixin:*`, {
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ firstName: 'Anna' });
    expect(mock.requests).toMatchObject([{ method: 'GET', search: '?expand=mixin:*' }]);
  });

  it('drops the connection for a network-error fault', async () => {
    server = await startProfileApiServer();
    server.mock.faults.networkErrorNext();
    await expect(
      fetch(`${server.url}/customer/demo/me`, {
        headers: { Authorization: `Bearer ${mockTokens.customer}` },
      }),
    ).rejects.toThrow(TypeError);
  });
});
