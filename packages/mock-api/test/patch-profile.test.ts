import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { getMe, meUrl, patchMe, validPatch } from './helpers/index.js';

describe('PATCH /me', () => {
  it('answers 200 with no body and changes only the sent fields', async () => {
    const mock = createProfileApiMock();
    const response = await patchMe(
      mock,
      validPatch({ firstName: 'Annika', preferredCurrency: 'USD' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(mock.profileFor(mockTokens.customer)).toEqual({
      ...mockProfiles.b2cCustomer,
      firstName: 'Annika',
      preferredCurrency: 'USD',
      metadata: { version: 2, mixins: {} },
    });
  });

  it('serves the change on the next GET', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, validPatch({ contactPhone: '+49 170 0000000' }));
    const body = (await (await getMe(mock)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ contactPhone: '+49 170 0000000', lastName: 'Schmidt' });
  });

  it('increments metadata.version by 1 on every successful write', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, validPatch({ firstName: 'A', metadata: { version: 1 } }));
    await patchMe(mock, validPatch({ firstName: 'B', metadata: { version: 2 } }));
    await patchMe(mock, validPatch({}));
    expect(mock.profileFor(mockTokens.customer)?.metadata?.version).toBe(4);
  });

  it('never copies metadata.version from the body', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, validPatch({ metadata: { version: 1 } }));
    expect(mock.profileFor(mockTokens.customer)?.metadata).toEqual({ version: 2, mixins: {} });
  });

  it('answers 409 for a stale version and stores nothing', async () => {
    const mock = createProfileApiMock();
    const response = await patchMe(
      mock,
      validPatch({ firstName: 'Late', metadata: { version: 0 } }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      status: 409,
      type: 'conflict_resource',
      message: 'The profile was modified by another request (optimistic locking failed).',
    });
    expect(mock.profileFor(mockTokens.customer)).toEqual(mockProfiles.b2cCustomer);
  });

  it('answers 409 after another writer moved the version on', async () => {
    const mock = createProfileApiMock();
    mock.setProfile(mockTokens.customer, (profile) => ({ ...profile, lastName: 'Other' }));
    const response = await patchMe(mock, validPatch({ firstName: 'Me', metadata: { version: 1 } }));
    expect(response.status).toBe(409);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it('merges mixins key by key and b2b field by field', async () => {
    const mock = createProfileApiMock();
    await patchMe(
      mock,
      validPatch({ mixins: { loyalty: { tier: 'platinum' }, wishlist: { items: 3 } } }),
    );
    expect(mock.profileFor(mockTokens.customer)?.mixins).toEqual({
      loyalty: { tier: 'platinum', points: 1250 },
      newsletter: { subscribed: true },
      wishlist: { items: 3 },
    });

    await patchMe(
      mock,
      validPatch({
        firstName: 'John',
        lastName: 'Doe',
        company: 'Emporix SE',
        b2b: { companyRegistrationId: '987-654-321' },
      }),
      { token: mockTokens.b2bCustomer },
    );
    expect(mock.profileFor(mockTokens.b2bCustomer)?.b2b).toEqual({
      companyRegistrationId: '987-654-321',
      legalEntities: mockProfiles.b2bCustomer.b2b?.legalEntities,
    });
  });

  it('merges metadata.mixins key by key and keeps metadata.version server-owned', async () => {
    const mock = createProfileApiMock();
    const loyalty = 'https://schemas.example.com/loyalty.v1.json';
    const newsletter = 'https://schemas.example.com/newsletter.v1.json';
    await patchMe(mock, validPatch({ metadata: { version: 1, mixins: { loyalty } } }));
    await patchMe(
      mock,
      validPatch({ metadata: { mixins: { newsletter, loyalty: `${loyalty}?v=2` } } }),
    );
    expect(mock.profileFor(mockTokens.customer)?.metadata).toEqual({
      version: 3,
      mixins: { loyalty: `${loyalty}?v=2`, newsletter },
    });
    const body = (await (await getMe(mock)).json()) as Record<string, unknown>;
    expect(body.metadata).toEqual({
      version: 3,
      mixins: { loyalty: `${loyalty}?v=2`, newsletter },
    });
  });

  it('clears optional text with an empty string', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, validPatch({ contactPhone: '', title: '' }));
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({ contactPhone: '', title: '' });
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/merge-patch+json',
    'Application/Merge-Patch+JSON;charset=UTF-8',
    'application/vnd.emporix.customer+json',
  ])('accepts Content-Type %s', async (contentType) => {
    const mock = createProfileApiMock();
    const response = await patchMe(mock, validPatch({ firstName: 'Ok' }), { contentType });
    expect(response.status).toBe(200);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Ok');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['application/xml', 'application/xml'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['a JSON-like type that is not JSON', 'application/jsonp'],
    ['a missing header', null],
  ])('answers 415 unsupported_media_type for %s and stores nothing', async (_, contentType) => {
    const mock = createProfileApiMock();
    const response = await patchMe(mock, '{"firstName":"X"}', { contentType });
    expect(response.status).toBe(415);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Accept-Patch')).toBe(
      'application/json, application/merge-patch+json',
    );
    expect(await response.json()).toMatchObject({ status: 415, type: 'unsupported_media_type' });
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it.each([
    ['no Content-Type', null],
    ['a JSON Content-Type', 'application/merge-patch+json'],
    ['another Content-Type (there is no content to refuse)', 'text/plain'],
  ])('answers a PATCH with no body and %s like an empty patch', async (_, contentType) => {
    const mock = createProfileApiMock();
    const response = await patchMe(mock, undefined, { contentType });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(mock.profileFor(mockTokens.customer)).toEqual({
      ...mockProfiles.b2cCustomer,
      metadata: { version: 2, mixins: {} },
    });
  });

  it('answers a zero-length body like no body, as HTTP cannot tell them apart', async () => {
    const mock = createProfileApiMock();
    expect((await patchMe(mock, '')).status).toBe(200);
    expect(mock.profileFor(mockTokens.customer)?.metadata?.version).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"firstName":'],
    ['an array', '[]'],
    ['a string', '"Anna"'],
    ['null', 'null'],
    ['only white space', '  '],
  ])('answers 400 bad_request for %s', async (_, body) => {
    const mock = createProfileApiMock();
    const response = await patchMe(mock, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, type: 'bad_request' });
    expect(mock.profileFor(mockTokens.customer)).toEqual(mockProfiles.b2cCustomer);
  });

  it('answers 403 to an anonymous token and stores nothing', async () => {
    const mock = createProfileApiMock();
    const response = await patchMe(mock, validPatch({ firstName: 'Anon' }), {
      token: mockTokens.anonymous,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      status: 403,
      type: 'Forbidden',
      message: 'User not authorized.',
    });
    expect(mock.profileFor(mockTokens.anonymous)).toEqual(mockProfiles.anonymous);
  });
});

describe('other methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])(
    'answer %s with 405 and an Allow header',
    async (method) => {
      const mock = createProfileApiMock();
      const response = await mock.fetch('https://api.emporix.io/customer/demo/me', {
        method,
        headers: { Authorization: `Bearer ${mockTokens.customer}` },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD, PATCH');
      expect(await response.json()).toMatchObject({ status: 405, type: 'method_not_allowed' });
    },
  );

  it.each<[string, string | null, string]>([
    ['a customer', mockTokens.customer, 'demo'],
    ['an anonymous token', mockTokens.anonymous, 'demo'],
    ['no token (401)', null, 'demo'],
    ['another tenant (400)', mockTokens.customer, 'other'],
  ])('answer HEAD like GET for %s, with no body', async (_, token, tenant) => {
    const mock = createProfileApiMock();
    const get = await getMe(mock, { token, tenant });
    const head = await mock.fetch(meUrl(tenant), {
      method: 'HEAD',
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    });
    expect(head.status).toBe(get.status);
    expect([...head.headers]).toEqual([...get.headers]);
    expect(head.body).toBeNull();
    expect(mock.requests.map((request) => request.method)).toEqual(['GET', 'HEAD']);
  });
});
