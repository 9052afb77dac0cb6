import { describe, expect, it } from 'vitest';
import {
  createProfileClient,
  isProfileKitError,
  type ProfileKitError,
  type ProfileKitErrorKind,
} from '../src/index.js';
import { fakeFetch, json } from './fake-fetch.js';

function clientAnswering(respond: Parameters<typeof fakeFetch>[0], timeoutMs?: number) {
  const api = fakeFetch(respond);
  const client = createProfileClient({
    tenant: 'mystore',
    getAccessToken: () => 'test-access-token-0123456789',
    fetch: api.fetch,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return { client, requests: api.requests };
}

async function failureOf(promise: Promise<unknown>): Promise<ProfileKitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isProfileKitError(error))
    throw new Error(`expected a ProfileKitError, got ${String(error)}`);
  return error;
}

const errorMessage = (status: number, type: string, message: string) =>
  json({ status, type, message }, { status });

describe('error kinds', () => {
  it.each<[number, () => Response, ProfileKitErrorKind]>([
    [403, () => errorMessage(403, 'forbidden', 'User not authorized.'), 'forbidden'],
    [404, () => errorMessage(404, 'resource_not_found', 'Not found.'), 'not-found'],
    [409, () => errorMessage(409, 'conflict', 'Optimistic locking failed.'), 'conflict'],
    [500, () => errorMessage(500, 'internal_error', 'Boom'), 'server'],
    [503, () => new Response('Service Unavailable', { status: 503 }), 'server'],
  ])('maps %i to %s, keeping the status and server message', async (status, answer, kind) => {
    const { client } = clientAnswering(answer);
    const error = await failureOf(client.getProfile());
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('maps a 400 with details[] to validation with field errors', async () => {
    const { client } = clientAnswering(() =>
      json(
        {
          status: 400,
          type: 'validation_failure',
          message: 'Validation failed.',
          details: [
            { field: 'preferredCurrency', type: 'invalid_value', message: 'Unknown currency.' },
            { type: 'general', message: 'Not a field problem.' },
          ],
        },
        { status: 400 },
      ),
    );
    const error = await failureOf(client.updateProfile({ preferredCurrency: 'EUR' }));
    expect(error.kind).toBe('validation');
    expect(error.code).toBe('validation_failure');
    expect(error.serverMessage).toBe('Validation failed.');
    expect(error.fieldErrors).toEqual([
      { field: 'preferredCurrency', type: 'invalid_value', message: 'Unknown currency.' },
    ]);
  });

  it('reads the Apigee fault body of a 401 and says the session expired', async () => {
    const { client } = clientAnswering(() =>
      json(
        {
          fault: {
            faultstring: 'Access Token expired',
            detail: { errorcode: 'keymanagement.service.access_token_expired' },
          },
        },
        { status: 401 },
      ),
    );
    const error = await failureOf(client.getProfile());
    expect(error.kind).toBe('unauthorized');
    expect(error.code).toBe('keymanagement.service.access_token_expired');
    expect(error.message).toMatch(/expired/);
  });

  it('maps 429 to rate-limited with Retry-After in ms', async () => {
    const { client } = clientAnswering(() =>
      json(
        { status: 429, type: 'too_many_requests' },
        { status: 429, headers: { 'Retry-After': '7' } },
      ),
    );
    const error = await failureOf(client.getProfile());
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(7000);
  });

  it('maps a failed fetch to network, keeping what the cause said', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failureOf(client.getProfile());
    expect(error.kind).toBe('network');
    expect(error.cause).toMatchObject({ name: 'TypeError', message: 'Failed to fetch' });
  });

  it('times out a request that never answers', async () => {
    const { client } = clientAnswering(() => new Promise<Response>(() => {}), 20);
    expect((await failureOf(client.getProfile())).kind).toBe('timeout');
  });

  it('times out a body that never ends', async () => {
    const { client } = clientAnswering(
      () => new Response(new ReadableStream({ start() {} }), { status: 200 }),
      20,
    );
    expect((await failureOf(client.getProfile())).kind).toBe('timeout');
  });

  it('reports a caller abort as aborted, even from a fetch that ignores signals', async () => {
    const { client } = clientAnswering(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = failureOf(client.getProfile({ signal: controller.signal }));
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it('sends nothing when already aborted', async () => {
    const { client, requests } = clientAnswering(() => json({}));
    const error = await failureOf(client.getProfile({ signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['a body that is not JSON', () => new Response('<html>', { status: 200 })],
    ['an empty body', () => new Response(null, { status: 200 })],
    ['JSON that is not a profile', () => json([{ id: 1 }])],
    ['a profile without an id', () => json({ firstName: 'John' })],
  ])('maps %s to invalid-response', async (_, answer) => {
    const { client } = clientAnswering(answer);
    expect((await failureOf(client.getProfile())).kind).toBe('invalid-response');
  });

  it('wraps a fetch that throws at once, keeping the token out of it', async () => {
    const token = 'test-access-token-0123456789';
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => token,
      // Not async: it throws before returning a promise, as a header check in a fetch may.
      fetch: (() => {
        throw new TypeError(`Invalid header value: Bearer ${token}`);
      }) as typeof fetch,
    });
    const error = await failureOf(client.getProfile());
    expect(error.kind).toBe('network');
    expect(String((error.cause as Error).message)).not.toContain(token);
  });

  it('treats a token source that throws as signed out, sending nothing', async () => {
    const api = fakeFetch(() => json({}));
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => {
        throw new Error('storage unavailable');
      },
      fetch: api.fetch,
    });
    expect((await failureOf(client.getProfile())).kind).toBe('unauthorized');
    expect(api.requests).toHaveLength(0);
  });

  it('fails with unauthorized and sends nothing when there is no token', async () => {
    const api = fakeFetch(() => json({}));
    for (const empty of [null, undefined, '']) {
      const client = createProfileClient({
        tenant: 'mystore',
        getAccessToken: async () => empty,
        fetch: api.fetch,
      });
      expect((await failureOf(client.getProfile())).kind).toBe('unauthorized');
    }
    expect(api.requests).toHaveLength(0);
  });
});
