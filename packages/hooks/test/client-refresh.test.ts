import { describe, expect, it, vi } from 'vitest';
import { createProfileClient, isProfileKitError, type ProfileClientConfig } from '../src/index.js';
import { customerProfile, fakeFetch, json } from './fake-fetch.js';

const expired = () =>
  json(
    {
      fault: {
        faultstring: 'Access Token expired',
        detail: { errorcode: 'keymanagement.service.access_token_expired' },
      },
    },
    { status: 401 },
  );

/** A client of tenant `mystore` on `api`, with the token source and refresher a test needs. */
function clientOn(
  api: ReturnType<typeof fakeFetch>,
  config: Omit<ProfileClientConfig, 'tenant' | 'fetch'>,
) {
  return createProfileClient({ tenant: 'mystore', fetch: api.fetch, ...config });
}

/** An API that accepts only `valid` as the bearer token. */
function apiAccepting(valid: () => string) {
  return fakeFetch((request) =>
    request.headers.get('authorization') === `Bearer ${valid()}`
      ? request.method === 'GET'
        ? json(customerProfile)
        : new Response(null, { status: 200 })
      : expired(),
  );
}

/**
 * A session whose token is stale (the API wants 'new') and whose refresh waits for
 * `release()`, so a test can send requests while the refresh is still running.
 */
function heldRefresh() {
  let token = 'old';
  const api = apiAccepting(() => 'new');
  let finish: () => void = () => {};
  const refreshAccessToken = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        finish = () => {
          token = 'new';
          resolve();
        };
      }),
  );
  const client = clientOn(api, {
    getAccessToken: () => token,
    refreshAccessToken,
  });
  return { api, client, refreshAccessToken, release: () => finish() };
}

describe('token refresh after 401', () => {
  it('refreshes once for three concurrent requests and retries each once', async () => {
    const { api, client, refreshAccessToken, release } = heldRefresh();

    const all = Promise.all([
      client.getProfile(),
      client.getProfile({ expand: ['addresses'] }),
      client.updateProfile({ firstName: 'Ann' }),
    ]);
    await vi.waitFor(() => expect(refreshAccessToken).toHaveBeenCalled());
    release();
    await all;

    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
    const auth = api.requests.map((request) => request.headers.get('authorization'));
    expect(auth.filter((value) => value === 'Bearer old')).toHaveLength(3);
    expect(auth.filter((value) => value === 'Bearer new')).toHaveLength(3);
  });

  it('uses the token the refresher resolves with', async () => {
    const api = apiAccepting(() => 'fresh');
    const client = clientOn(api, {
      getAccessToken: () => 'stale',
      refreshAccessToken: async () => 'fresh',
    });
    await expect(client.getProfile()).resolves.toMatchObject({ firstName: 'John' });
  });

  it('keeps using the token the refresher resolved with while the source still gives the old one', async () => {
    const api = apiAccepting(() => 'fresh');
    const refreshAccessToken = vi.fn(async () => 'fresh');
    const client = clientOn(api, {
      getAccessToken: () => 'stale',
      refreshAccessToken,
    });
    await client.getProfile();
    await client.getProfile();
    await client.updateProfile({ firstName: 'Ann' });
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
    expect(api.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer stale',
      'Bearer fresh',
      'Bearer fresh',
      'Bearer fresh',
    ]);
  });

  it('forgets the refreshed token once the source gives another one', async () => {
    let given = 'stale';
    const api = apiAccepting(() => (given === 'other' ? 'other' : 'fresh'));
    const client = clientOn(api, {
      getAccessToken: () => given,
      refreshAccessToken: async () => 'fresh',
    });
    await client.getProfile(); // stale → 401 → fresh
    given = 'other'; // someone else signs in
    await client.getProfile();
    given = 'stale'; // and out: the source gives the old token again
    await client.getProfile().catch(() => {});
    expect(api.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer stale',
      'Bearer fresh',
      'Bearer other',
      'Bearer stale',
      'Bearer fresh',
    ]);
  });

  it('ends with aborted or timeout when the token source never answers', async () => {
    const api = apiAccepting(() => 'never');
    const hanging = () => new Promise<string>(() => {});
    const controller = new AbortController();
    const aborting = clientOn(api, {
      getAccessToken: hanging,
    });
    const aborted = aborting.getProfile({ signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(isProfileKitError(await aborted, 'aborted')).toBe(true);
    const timing = clientOn(api, {
      getAccessToken: hanging,
      timeoutMs: 20,
    });
    expect(isProfileKitError(await timing.getProfile().catch((e: unknown) => e), 'timeout')).toBe(
      true,
    );
    expect(api.requests).toEqual([]);
  });

  it('retries with the refreshed token a request whose 401 arrives after the refresh ended', async () => {
    let answerSlowRequest: () => void = () => {};
    const api = fakeFetch(async (request) => {
      const bearer = request.headers.get('authorization');
      if (request.url.includes('expand') && bearer === 'Bearer stale') {
        await new Promise<void>((resolve) => {
          answerSlowRequest = resolve;
        });
      }
      return bearer === 'Bearer fresh' ? json(customerProfile) : expired();
    });
    const refreshAccessToken = vi.fn(async () => 'fresh');
    const client = clientOn(api, {
      getAccessToken: () => 'stale',
      refreshAccessToken,
    });
    const slow = client.getProfile({ expand: ['addresses'] });
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    await client.getProfile(); // 401, refresh, retried with 'fresh'
    answerSlowRequest(); // its 401 answers a token the refresh already replaced
    await expect(slow).resolves.toMatchObject({ firstName: 'John' });
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
  });

  it('ends a call whose refresh never finishes: aborted, or after the timeout with a new refresh next time', async () => {
    const hangingRefresh = () => new Promise<never>(() => {});
    const api = apiAccepting(() => 'never');
    const aborting = clientOn(api, {
      getAccessToken: () => 'stale',
      refreshAccessToken: hangingRefresh,
    });
    const controller = new AbortController();
    const aborted = aborting.getProfile({ signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    controller.abort();
    expect(isProfileKitError(await aborted, 'aborted')).toBe(true);

    // A refresh that outlives the timeout ends the call as `timeout` — not `unauthorized`,
    // which would sign the customer out — and the next 401 starts a new refresh instead of
    // waiting on the hung one forever.
    let token = 'stale';
    let refreshCalls = 0;
    const refreshAccessToken = () => {
      refreshCalls += 1;
      if (refreshCalls === 1) return hangingRefresh();
      token = 'fresh';
      return Promise.resolve();
    };
    const timing = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => token,
      refreshAccessToken,
      fetch: apiAccepting(() => 'fresh').fetch,
      timeoutMs: 20,
    });
    expect(isProfileKitError(await timing.getProfile().catch((e: unknown) => e), 'timeout')).toBe(
      true,
    );
    await expect(timing.getProfile()).resolves.toMatchObject({ firstName: 'John' });
    expect(refreshCalls).toBe(2);
  });

  it("takes a refresher's { token, session } for its own session, never for another", async () => {
    const source = () => ({ token: 'stale', session: 'anna' });
    const own = clientOn(
      apiAccepting(() => 'fresh'),
      {
        getAccessToken: source,
        refreshAccessToken: () => Promise.resolve({ token: 'fresh', session: 'anna' }),
      },
    );
    await expect(own.getProfile({ session: 'anna' })).resolves.toMatchObject({ firstName: 'John' });

    // Maria's new token is not Anna's: it is never sent for a request of Anna's session.
    const api = apiAccepting(() => 'marias');
    const other = clientOn(api, {
      getAccessToken: source,
      refreshAccessToken: () => Promise.resolve({ token: 'marias', session: 'maria' }),
    });
    const read = await other.getProfile({ session: 'anna' }).catch((e: unknown) => e);
    expect(isProfileKitError(read, 'unauthorized')).toBe(true);
    expect(api.requests.map((request) => request.headers.get('authorization'))).not.toContain(
      'Bearer marias',
    );
  });

  it("takes a refresher's { token, session } when the source is a plain function", async () => {
    // The source says nothing of whose token it has: the refresher's word is all there is.
    const api = apiAccepting(() => 'fresh');
    const client = clientOn(api, {
      getAccessToken: () => 'stale',
      refreshAccessToken: () => Promise.resolve({ token: 'fresh', session: 'anna' }),
    });
    await expect(client.getProfile()).resolves.toMatchObject({ firstName: 'John' });
    await expect(client.getProfile({ session: 'anna' })).resolves.toMatchObject({
      firstName: 'John',
    });
    expect(api.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer stale',
      'Bearer fresh',
      'Bearer fresh',
    ]);

    // Still never for a request of another session.
    const read = await client
      .getProfile({ session: 'maria', signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    expect(isProfileKitError(read)).toBe(true);
    expect(api.requests).toHaveLength(3);
  });

  it('joins the refresh in flight for a request that started during it', async () => {
    const { api, client, refreshAccessToken, release } = heldRefresh();
    const first = client.getProfile();
    await vi.waitFor(() => expect(refreshAccessToken).toHaveBeenCalledTimes(1));
    // Starts while the refresh runs, with the old token, and is refused too.
    const second = client.getProfile({ expand: ['addresses'] });
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    release();
    await Promise.all([first, second]);
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
  });

  it('does not refresh again for a 401 that answers a token older than the last refresh', async () => {
    let token = 'old';
    const api = apiAccepting(() => 'new');
    const refreshAccessToken = vi.fn(async () => {
      token = 'new';
    });
    const client = clientOn(api, {
      getAccessToken: () => token,
      refreshAccessToken,
    });
    await client.getProfile();
    await client.getProfile();
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
  });

  it('gives up with unauthorized when the retry is refused too', async () => {
    const api = apiAccepting(() => 'never');
    const refreshAccessToken = vi.fn(async () => 'also-wrong');
    const client = clientOn(api, {
      getAccessToken: () => 'wrong',
      refreshAccessToken,
    });
    const error = await client.getProfile().catch((e: unknown) => e);
    expect(isProfileKitError(error, 'unauthorized')).toBe(true);
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
    expect(api.requests).toHaveLength(2);
  });

  it('fails with unauthorized when the refresher throws', async () => {
    const api = apiAccepting(() => 'never');
    const client = clientOn(api, {
      getAccessToken: () => 'wrong',
      refreshAccessToken: async () => {
        throw new Error('refresh endpoint down');
      },
    });
    const error = await client.getProfile().catch((e: unknown) => e);
    expect(isProfileKitError(error, 'unauthorized')).toBe(true);
    expect(api.requests).toHaveLength(1);
  });

  it('fails with unauthorized at once when there is no refresher', async () => {
    const api = apiAccepting(() => 'never');
    const client = clientOn(api, {
      getAccessToken: () => 'wrong',
    });
    expect(
      isProfileKitError(await client.getProfile().catch((e: unknown) => e), 'unauthorized'),
    ).toBe(true);
    expect(api.requests).toHaveLength(1);
  });
});

describe('a token source that says whose token it has', () => {
  it('never sends a request of another session: it waits, then times out or is aborted', async () => {
    const api = apiAccepting(() => 'maria-token');
    const client = clientOn(api, {
      getAccessToken: () => ({ token: 'maria-token', session: 'maria' }),
      timeoutMs: 50,
    });
    const read = await client.getProfile({ session: 'anna' }).catch((e: unknown) => e);
    const controller = new AbortController();
    const saving = client
      .updateProfile({ firstName: 'Anne' }, { session: 'anna', signal: controller.signal })
      .catch((e: unknown) => e);
    controller.abort();
    expect(isProfileKitError(read, 'timeout')).toBe(true);
    expect(isProfileKitError(await saving, 'aborted')).toBe(true);
    expect(api.requests).toEqual([]);
    // Its own session's requests, and requests that name none, go out.
    await expect(client.getProfile({ session: 'maria' })).resolves.toMatchObject({
      firstName: 'John',
    });
    await expect(client.getProfile()).resolves.toMatchObject({ firstName: 'John' });
  });

  it('sends the request once the source has caught up with its session', async () => {
    let current = { token: 'anna-token', session: 'anna' };
    const api = apiAccepting(() => 'maria-token');
    const client = clientOn(api, {
      getAccessToken: () => current,
    });
    // The host switched its session state first; the token arrives a moment later.
    const read = client.getProfile({ session: 'maria' });
    await Promise.resolve();
    current = { token: 'maria-token', session: 'maria' };
    await expect(read).resolves.toMatchObject({ firstName: 'John' });
    expect(api.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer maria-token',
    ]);
  });

  it('keeps a refreshed token only for the token it replaced, not after a switch', async () => {
    let current = { token: 'anna-old', session: 'anna' };
    let finish: () => void = () => {};
    const api = apiAccepting(() => (current.session === 'maria' ? 'maria-token' : 'anna-new'));
    const client = clientOn(api, {
      getAccessToken: () => current,
      // Refreshes whoever is signed in when it ends.
      refreshAccessToken: () =>
        new Promise((resolve) => {
          finish = () => resolve(current.session === 'maria' ? 'maria-new' : 'anna-new');
        }),
      timeoutMs: 100,
    });
    const first = client.getProfile({ session: 'anna' }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    current = { token: 'maria-token', session: 'maria' };
    finish();
    await first;
    current = { token: 'anna-old', session: 'anna' };
    await client.getProfile({ session: 'anna' }).catch(() => {});
    // Anna's requests never carried Maria's refreshed token.
    expect(api.requests.map((request) => request.headers.get('authorization'))).not.toContain(
      'Bearer maria-new',
    );
  });

  it('is not blocked for good by a token source that hangs once during a refresh', async () => {
    let sourceCalls = 0;
    const api = apiAccepting(() => 'new');
    const refreshAccessToken = vi.fn(async () => 'new');
    const client = clientOn(api, {
      // The second call — the refresh checking the source has not moved on — never answers.
      getAccessToken: () => (++sourceCalls === 2 ? new Promise<string>(() => {}) : 'old'),
      refreshAccessToken,
      timeoutMs: 50,
    });
    await client.getProfile().catch(() => {});
    await expect(client.getProfile()).resolves.toMatchObject({ firstName: 'John' });
    expect(refreshAccessToken).toHaveBeenCalledTimes(2);
  });

  it('refreshes for a token it read after another refresh ended', async () => {
    let source = { token: 'a-old', session: 'anna' };
    let sourceCalls = 0;
    const valid = new Set(['Bearer a-new', 'Bearer b-new']);
    const api = fakeFetch((request) =>
      valid.has(request.headers.get('authorization') ?? '') ? json(customerProfile) : expired(),
    );
    let finish: () => void = () => {};
    const refreshAccessToken = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = () => {
            source = {
              token: source.session === 'anna' ? 'a-new' : 'b-new',
              session: source.session,
            };
            resolve();
          };
        }),
    );
    const client = clientOn(api, {
      getAccessToken: () => {
        sourceCalls += 1;
        return source;
      },
      refreshAccessToken,
    });
    const anna = client.getProfile({ session: 'anna' });
    await vi.waitFor(() => expect(refreshAccessToken).toHaveBeenCalledTimes(1));
    // Maria's request waits for the source, which still has Anna's session…
    const maria = client.getProfile({ session: 'maria' });
    const before = sourceCalls;
    await vi.waitFor(() => expect(sourceCalls).toBeGreaterThan(before + 1));
    // …while Anna's refresh ends; then the source gets Maria's token, which has expired.
    finish();
    await anna;
    source = { token: 'b-old', session: 'maria' };
    await vi.waitFor(() => expect(refreshAccessToken).toHaveBeenCalledTimes(2));
    finish();
    await expect(maria).resolves.toMatchObject({ firstName: 'John' });
  });

  it('treats a source that throws as signed out, also after it gave another session', async () => {
    let calls = 0;
    const api = apiAccepting(() => 'a');
    const client = clientOn(api, {
      getAccessToken: () => {
        calls += 1;
        if (calls === 1) return { token: 'a', session: 'anna' };
        throw new Error('signed out');
      },
    });
    const read = await client.getProfile({ session: 'maria' }).catch((e: unknown) => e);
    expect(isProfileKitError(read, 'unauthorized')).toBe(true);
    expect(api.requests).toEqual([]);
  });
});

describe('a refresh that was given up', () => {
  it('does not install its token when it finally answers', async () => {
    const finishers: ((token: string) => void)[] = [];
    const api = apiAccepting(() => 'second');
    const client = clientOn(api, {
      getAccessToken: () => 'stale',
      refreshAccessToken: () =>
        finishers.length === 0
          ? new Promise<string>((resolve) => finishers.push(resolve)) // hangs past the timeout
          : Promise.resolve('second'),
      timeoutMs: 30,
    });
    await client.getProfile().catch(() => {}); // the first refresh is given up
    await client.getProfile(); // a second refresh installs 'second'
    finishers[0]?.('late'); // the first one answers after all
    await Promise.resolve();
    const before = api.requests.length;
    await client.getProfile();
    expect(api.requests[before]?.headers.get('authorization')).toBe('Bearer second');
  });
});
