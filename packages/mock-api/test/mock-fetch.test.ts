import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockTokens } from '../src/index.js';
import { meUrl } from './helpers/index.js';

const auth = { Authorization: `Bearer ${mockTokens.customer}` };

describe('mock.fetch', () => {
  it('accepts a Request object', async () => {
    const mock = createProfileApiMock();
    const response = await mock.fetch(new Request(meUrl(), { headers: auth }));
    expect(response.status).toBe(200);
  });

  it('accepts a URL object', async () => {
    const mock = createProfileApiMock();
    const response = await mock.fetch(new URL(meUrl()), { headers: auth });
    expect(response.status).toBe(200);
  });

  it('rejects with AbortError when the signal is already aborted, recording nothing', async () => {
    const mock = createProfileApiMock();
    const controller = new AbortController();
    controller.abort();
    const pending = mock.fetch(meUrl(), { headers: auth, signal: controller.signal });
    await expect(pending).rejects.toBeInstanceOf(DOMException);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.requests).toEqual([]);
  });

  it('honours the signal of a Request object', async () => {
    const mock = createProfileApiMock();
    mock.faults.latency('infinite');
    const controller = new AbortController();
    const pending = mock.fetch(new Request(meUrl(), { headers: auth, signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with the abort reason, like fetch, for a timeout signal', async () => {
    const mock = createProfileApiMock();
    const signal = AbortSignal.abort(new DOMException('Timed out', 'TimeoutError'));
    await expect(mock.fetch(meUrl(), { headers: auth, signal })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('rejects with TypeError for a URL no handler answers', async () => {
    const mock = createProfileApiMock();
    await expect(mock.fetch('https://api.emporix.io/customer/demo/orders')).rejects.toThrow(
      new TypeError('Failed to fetch'),
    );
    await expect(mock.fetch('https://elsewhere.example/customer/demo/me')).rejects.toThrow(
      TypeError,
    );
  });

  it('serves another absolute base URL', async () => {
    const mock = createProfileApiMock({ baseUrl: 'https://gateway.example.com/emporix/' });
    expect(mock.baseUrl).toBe('https://gateway.example.com/emporix');
    const response = await mock.fetch('https://gateway.example.com/emporix/customer/demo/me', {
      headers: auth,
    });
    expect(response.status).toBe(200);
    await expect(mock.fetch(meUrl(), { headers: auth })).rejects.toThrow(TypeError);
  });

  it('serves a relative base on any origin, and relative URLs', async () => {
    const mock = createProfileApiMock({ baseUrl: '/api' });
    const onOrigin = await mock.fetch('http://localhost:6006/api/customer/demo/me', {
      headers: auth,
    });
    const relative = await mock.fetch('/api/customer/demo/me', { headers: auth });
    expect([onOrigin.status, relative.status]).toEqual([200, 200]);
    await expect(mock.fetch('/customer/demo/me', { headers: auth })).rejects.toThrow(TypeError);
  });

  it('exposes the tenant it serves', () => {
    expect(createProfileApiMock({ tenant: 'acme' }).tenant).toBe('acme');
  });
});
