import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { meUrl, validPatch } from './helpers/index.js';

const mock = createProfileApiMock();
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const headers = { Authorization: `Bearer ${mockTokens.customer}` };

describe('mock.handlers in a real msw server with the global fetch', () => {
  it('answers GET with the profile', async () => {
    const response = await fetch(meUrl(undefined, '?expand=mixin:loyalty'), { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toMatchObject({
      id: mockProfiles.b2cCustomer.id,
      mixins: { loyalty: { tier: 'gold', points: 1250 } },
    });
  });

  it('applies a PATCH and serves it back, sharing state with the mock', async () => {
    const patch = await fetch(meUrl(), {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify(validPatch({ firstName: 'Server', metadata: { version: 1 } })),
    });
    expect(patch.status).toBe(200);
    const body = (await (await fetch(meUrl(), { headers })).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ firstName: 'Server', metadata: { version: 2 } });
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Server');
  });

  it('makes fetch reject with TypeError on a network error fault', async () => {
    mock.faults.networkErrorNext();
    await expect(fetch(meUrl(), { headers })).rejects.toThrow(TypeError);
  });

  it('answers the expired-token fault and other statuses', async () => {
    mock.faults.failNext(503);
    expect((await fetch(meUrl(), { headers })).status).toBe(503);
    const expired = await fetch(meUrl(), {
      headers: { Authorization: `Bearer ${mockTokens.expired}` },
    });
    expect(expired.status).toBe(401);
  });

  it('records the requests it served', async () => {
    await fetch(meUrl(), { headers });
    expect(mock.requests).toMatchObject([{ method: 'GET', authorization: 'bearer' }]);
  });
});
