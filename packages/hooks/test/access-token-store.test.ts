import { describe, expect, it, vi } from 'vitest';
import { createAccessTokenStore, createProfileClient, isProfileKitError } from '../src/index.js';
import { customerProfile, fakeFetch, json } from './fake-fetch.js';

function setup() {
  const store = createAccessTokenStore({ token: 'token-a', session: 'a' });
  const getAccessToken = vi.fn(store.getAccessToken);
  const subscriptions = { open: 0 };
  const subscribeAccessToken = (onChange: () => void) => {
    subscriptions.open += 1;
    const unsubscribe = store.subscribeAccessToken(onChange);
    return () => {
      subscriptions.open -= 1;
      unsubscribe();
    };
  };
  const api = fakeFetch(() => json(customerProfile));
  const client = createProfileClient({
    tenant: 'mystore',
    getAccessToken,
    subscribeAccessToken,
    fetch: api.fetch,
  });
  return { store, client, api, getAccessToken, subscriptions };
}

describe('createAccessTokenStore: a token source that tells the client when it changes', () => {
  it('serves a spread-in client with the current token on every request', async () => {
    const store = createAccessTokenStore('first');
    const api = fakeFetch(() => json(customerProfile));
    const client = createProfileClient({ tenant: 'mystore', ...store, fetch: api.fetch });
    await client.getProfile();
    store.setAccessToken('second');
    await client.getProfile();
    expect(api.requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });

  it('holds a request for the next session without asking again, and sends it the moment the token arrives', async () => {
    const { store, client, api, getAccessToken, subscriptions } = setup();
    const read = client.getProfile({ session: 'b' });
    await vi.waitFor(() => expect(getAccessToken).toHaveBeenCalledTimes(1));
    // However long the switch takes, nothing is sent and the source is not polled.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(api.requests).toEqual([]);

    store.setAccessToken({ token: 'token-b', session: 'b' });
    await read;
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(api.requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-b']);
    expect(subscriptions.open).toBe(0);
  });

  it('ends a held request on abort, sends nothing and leaves no subscription behind', async () => {
    const { client, api, subscriptions } = setup();
    const controller = new AbortController();
    const read = client.getProfile({ session: 'b', signal: controller.signal });
    await vi.waitFor(() => expect(subscriptions.open).toBe(1));
    controller.abort();
    const error = await read.catch((e: unknown) => e);
    expect(isProfileKitError(error, 'aborted')).toBe(true);
    await vi.waitFor(() => expect(subscriptions.open).toBe(0));
    expect(api.requests).toEqual([]);
  });
});
