import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProfileApiMock, mockTokens } from '../src/index.js';
import { getMe, patchMe, validPatch } from './helpers/index.js';

/** Tracks whether a promise has settled, without awaiting it. */
function track<T>(promise: Promise<T>): { readonly settled: boolean } {
  const state = { settled: false };
  promise.then(
    () => {
      state.settled = true;
    },
    () => {
      state.settled = true;
    },
  );
  return state;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('failNext', () => {
  it('fails the next request only by default', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(503);
    expect((await getMe(mock)).status).toBe(503);
    expect((await getMe(mock)).status).toBe(200);
  });

  it('fails the next `count` requests', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(500, { count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await getMe(mock)).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('counts only requests with the given method', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(409, { method: 'PATCH' });
    expect((await getMe(mock)).status).toBe(200);
    expect((await patchMe(mock, validPatch({ firstName: 'X' }))).status).toBe(409);
    expect((await patchMe(mock, validPatch({ firstName: 'Y' }))).status).toBe(200);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Y');
  });

  it('answers before any other check, and a failed PATCH stores nothing', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(500, { count: 2 });
    expect((await getMe(mock, { token: null, tenant: 'x' })).status).toBe(500);
    expect((await patchMe(mock, validPatch({ firstName: 'X' }))).status).toBe(500);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it('queues calls in order', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(502);
    mock.faults.failNext(504);
    expect([(await getMe(mock)).status, (await getMe(mock)).status]).toEqual([502, 504]);
  });

  it('sends the expired-token fault by default for 401', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(401);
    const response = await getMe(mock);
    expect(await response.json()).toEqual({
      fault: {
        faultstring: 'Access Token expired',
        detail: { errorcode: 'keymanagement.service.access_token_expired' },
      },
    });
  });

  it('sends 429 with Retry-After: 1 and an ErrorMessage', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(429);
    const response = await getMe(mock);
    expect(response.headers.get('Retry-After')).toBe('1');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ status: 429, type: 'too_many_requests' });
  });

  it('lets headers override Retry-After whatever their case', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(429, { headers: { 'retry-after': '30' } });
    expect((await getMe(mock)).headers.get('Retry-After')).toBe('30');
  });

  it.each([500, 502, 503])('sends an internal_error ErrorMessage for %i', async (status) => {
    const mock = createProfileApiMock();
    mock.faults.failNext(status);
    const body = (await (await getMe(mock)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, type: 'internal_error' });
    expect(body.message).toEqual(expect.any(String));
  });

  it.each([
    [400, 'bad_request'],
    [403, 'Forbidden'],
    [404, 'resource_not_found'],
    [409, 'conflict_resource'],
    [415, 'unsupported_media_type'],
  ])('sends an ErrorMessage for %i', async (status, type) => {
    const mock = createProfileApiMock();
    mock.faults.failNext(status);
    expect(await (await getMe(mock)).json()).toMatchObject({ status, type });
  });

  it('sends a given JSON body and headers', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(500, { body: { oops: true }, headers: { 'X-Trace': 'abc' } });
    const response = await getMe(mock);
    expect(response.headers.get('X-Trace')).toBe('abc');
    expect(await response.json()).toEqual({ oops: true });
  });

  it('sends a string body as text, e.g. a proxy error page', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(502, {
      body: '<html>Bad Gateway</html>',
      headers: { 'Content-Type': 'text/html' },
    });
    const response = await getMe(mock);
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(await response.text()).toBe('<html>Bad Gateway</html>');
  });

  it('refuses impossible statuses and counts', () => {
    const mock = createProfileApiMock();
    expect(() => mock.faults.failNext(99)).toThrow(RangeError);
    expect(() => mock.faults.failNext(500, { count: 0 })).toThrow(RangeError);
  });
});

describe('networkErrorNext', () => {
  it('makes mock.fetch reject with TypeError once', async () => {
    const mock = createProfileApiMock();
    mock.faults.networkErrorNext();
    await expect(getMe(mock)).rejects.toThrow(new TypeError('Failed to fetch'));
    expect((await getMe(mock)).status).toBe(200);
  });

  it('honours count and method, and wins over failNext', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(500, { method: 'PATCH' });
    mock.faults.networkErrorNext({ count: 2, method: 'PATCH' });
    expect((await getMe(mock)).status).toBe(200);
    await expect(patchMe(mock, validPatch({ firstName: 'X' }))).rejects.toThrow(TypeError);
    await expect(patchMe(mock, validPatch({ firstName: 'X' }))).rejects.toThrow(TypeError);
    expect((await patchMe(mock, validPatch({ firstName: 'X' }))).status).toBe(500);
    expect((await patchMe(mock, validPatch({ firstName: 'X' }))).status).toBe(200);
  });
});

describe('latency', () => {
  it('delays the response by the given time', async () => {
    vi.useFakeTimers();
    const mock = createProfileApiMock();
    mock.faults.latency(1000);
    const pending = getMe(mock);
    const state = track(pending);
    await vi.advanceTimersByTimeAsync(999);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.settled).toBe(true);
    expect((await pending).status).toBe(200);
  });

  it('is cleared by latency(0) and by clear()', async () => {
    vi.useFakeTimers();
    const mock = createProfileApiMock();
    mock.faults.latency(1000);
    mock.faults.latency(0);
    const first = track(getMe(mock));
    await vi.advanceTimersByTimeAsync(0);
    mock.faults.latency(1000);
    mock.faults.clear();
    const second = track(getMe(mock));
    await vi.advanceTimersByTimeAsync(0);
    expect([first.settled, second.settled]).toEqual([true, true]);
  });

  it("'infinite' never answers, and aborting rejects with AbortError", async () => {
    vi.useFakeTimers();
    const mock = createProfileApiMock();
    mock.faults.latency('infinite');
    const controller = new AbortController();
    const pending = mock.fetch('https://api.emporix.io/customer/demo/me', {
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
      signal: controller.signal,
    });
    const state = track(pending);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(state.settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(pending).rejects.toBeInstanceOf(DOMException);
  });

  it('does not delay failNext answers', async () => {
    vi.useFakeTimers();
    const mock = createProfileApiMock();
    mock.faults.latency('infinite');
    mock.faults.failNext(503);
    const state = track(getMe(mock));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(true);
  });

  it('refuses negative latency', () => {
    expect(() => createProfileApiMock().faults.latency(-1)).toThrow(RangeError);
  });
});

describe('requests answered 405', () => {
  const deleteMe = (mock: ReturnType<typeof createProfileApiMock>) =>
    mock.fetch('https://api.emporix.io/customer/demo/me', {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
    });

  it('consume no failNext fault', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(503);
    expect((await deleteMe(mock)).status).toBe(405);
    expect((await getMe(mock)).status).toBe(503);
  });

  it('consume no network error', async () => {
    const mock = createProfileApiMock();
    mock.faults.networkErrorNext();
    expect((await deleteMe(mock)).status).toBe(405);
    await expect(getMe(mock)).rejects.toThrow(TypeError);
  });

  it('are not delayed by latency', async () => {
    vi.useFakeTimers();
    const mock = createProfileApiMock();
    mock.faults.latency('infinite');
    const state = track(deleteMe(mock));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(true);
  });
});

describe('clear', () => {
  it('removes pending failures and network errors', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(500);
    mock.faults.networkErrorNext();
    mock.faults.clear();
    expect((await getMe(mock)).status).toBe(200);
  });
});
