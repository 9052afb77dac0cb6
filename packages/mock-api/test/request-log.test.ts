import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockTokens } from '../src/index.js';
import { getMe, meUrl, patchMe, validPatch } from './helpers/index.js';

describe('request log', () => {
  it('records GET and PATCH requests oldest first', async () => {
    const mock = createProfileApiMock();
    await getMe(mock, { search: '?expand=addresses,mixin:*&lang=de' });
    await patchMe(mock, validPatch({ firstName: 'X' }), {
      contentType: 'application/merge-patch+json',
    });
    expect(mock.requests).toEqual([
      {
        method: 'GET',
        path: '/customer/demo/me',
        search: '?expand=addresses,mixin:*&lang=de',
        query: { expand: 'addresses,mixin:*', lang: 'de' },
        contentType: null,
        body: undefined,
        authorization: 'bearer',
      },
      {
        method: 'PATCH',
        path: '/customer/demo/me',
        search: '',
        query: {},
        contentType: 'application/merge-patch+json',
        body: { firstName: 'X' },
        authorization: 'bearer',
      },
    ]);
  });

  it('never keeps the token', async () => {
    const mock = createProfileApiMock();
    await getMe(mock);
    await patchMe(mock, validPatch({ firstName: 'X' }));
    expect(JSON.stringify(mock.requests)).not.toContain(mockTokens.customer);
  });

  it('never keeps an access_token query parameter (RFC 6750 §2.3)', async () => {
    const mock = createProfileApiMock();
    await getMe(mock, {
      token: null,
      search: `?expand=addresses,mixin:*&access_token=${mockTokens.customer}`,
    });
    await getMe(mock, { token: null, search: `?ACCESS%5FTOKEN=${mockTokens.customer}&lang=de` });
    await mock
      .fetch('https://api.emporix.io/customer/demo/orders?access_token=secret-token')
      .catch(() => undefined);
    expect(JSON.stringify(mock.requests)).not.toContain(mockTokens.customer);
    expect(JSON.stringify(mock.requests)).not.toContain('secret-token');
    expect(mock.requests.map(({ search, query }) => ({ search, query }))).toEqual([
      {
        search: '?expand=addresses,mixin:*&access_token=redacted',
        query: { expand: 'addresses,mixin:*', access_token: 'redacted' },
      },
      {
        search: '?ACCESS%5FTOKEN=redacted&lang=de',
        query: { ACCESS_TOKEN: 'redacted', lang: 'de' },
      },
      { search: '?access_token=redacted', query: { access_token: 'redacted' } },
    ]);
  });

  it('never keeps an access_token in a form-encoded body (RFC 6750 §2.2)', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, `firstName=X&access_token=${mockTokens.customer}`, {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(mock.requests[0]?.body).toBe('firstName=X&access_token=redacted');
  });

  it('tells missing from malformed authorization', async () => {
    const mock = createProfileApiMock();
    await getMe(mock, { token: null });
    await mock.fetch(meUrl(), { headers: { Authorization: 'Basic abc' } });
    expect(mock.requests.map((request) => request.authorization)).toEqual(['missing', 'malformed']);
  });

  it('keeps raw text for non-JSON and malformed JSON bodies', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, 'first=X', { contentType: 'application/x-www-form-urlencoded' });
    await patchMe(mock, '{"first', { contentType: 'application/json' });
    expect(mock.requests.map((request) => request.body)).toEqual(['first=X', '{"first']);
  });

  it('records requests answered by faults, 405s and unmatched URLs', async () => {
    const mock = createProfileApiMock();
    mock.faults.networkErrorNext();
    await getMe(mock).catch(() => undefined);
    await mock.fetch(meUrl(), { method: 'DELETE' });
    await mock.fetch('https://api.emporix.io/customer/demo/me/addresses').catch(() => undefined);
    expect(mock.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /customer/demo/me',
      'DELETE /customer/demo/me',
      'GET /customer/demo/me/addresses',
    ]);
  });

  it('is a snapshot that clearRequests empties', async () => {
    const mock = createProfileApiMock();
    await getMe(mock);
    const snapshot = mock.requests;
    await getMe(mock);
    expect(snapshot).toHaveLength(1);
    expect(mock.requests).toHaveLength(2);
    mock.clearRequests();
    expect(mock.requests).toEqual([]);
  });
});
