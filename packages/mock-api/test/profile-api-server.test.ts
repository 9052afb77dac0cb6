import { afterEach, describe, expect, it } from 'vitest';
import { mockTokens } from '../src/index.js';
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

  it('answers CORS preflights and carries CORS headers on answers', async () => {
    server = await startProfileApiServer();
    const preflight = await fetch(`${server.url}/customer/demo/me`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const answer = await fetch(`${server.url}/customer/demo/me`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
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
