import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { contractErrors, getMe, patchMe, schemaRefs, validPatch } from './helpers/index.js';

describe('the contract checker itself', () => {
  it('refuses a Customer that breaks the schema', () => {
    expect(contractErrors(schemaRefs.customer, { id: 1, preferredCurrency: 'EURO' })).toHaveLength(
      2,
    );
  });

  it('refuses keys the contract does not describe', () => {
    expect(contractErrors(schemaRefs.customer, { id: '1', firstname: 'typo' })).toEqual([
      '/firstname is not described by the contract',
    ]);
  });

  it('refuses a PATCH body with a read-only field', () => {
    expect(() => validPatch({ customerNumber: '1' })).toThrow(/not described/);
  });
});

describe('fixtures conform to Customer', () => {
  it.each(Object.entries(mockProfiles))('%s', (_, profile) => {
    expect(contractErrors(schemaRefs.customer, profile)).toEqual([]);
  });
});

describe('GET /me bodies conform to Customer', () => {
  const cases: [string, string, string][] = [
    ['b2c customer', mockTokens.customer, ''],
    ['b2c customer, addresses', mockTokens.customer, '?expand=addresses'],
    ['b2c customer, all mixins', mockTokens.customer, '?expand=mixin:*'],
    ['b2c customer, everything', mockTokens.customer, '?expand=addresses,mixin:*'],
    ['b2c customer, one mixin', mockTokens.customer, '?expand=mixin:loyalty'],
    ['b2b customer', mockTokens.b2bCustomer, ''],
    ['b2b customer, everything', mockTokens.b2bCustomer, '?expand=addresses,mixin:*'],
    ['other customer, everything', mockTokens.otherCustomer, '?expand=addresses,mixin:*'],
    ['anonymous', mockTokens.anonymous, ''],
    ['anonymous, everything', mockTokens.anonymous, '?expand=addresses,mixin:*'],
  ];

  it.each(cases)('%s', async (_, token, search) => {
    const response = await getMe(createProfileApiMock(), { token, search });
    expect(response.status).toBe(200);
    expect(contractErrors(schemaRefs.customer, await response.json())).toEqual([]);
  });
});

describe('PATCHed profiles still conform to Customer', () => {
  it('after metadata.mixins and mixins were merged in', async () => {
    const mock = createProfileApiMock();
    const patch = await patchMe(
      mock,
      validPatch({
        metadata: { version: 1, mixins: { loyalty: 'https://schemas.example.com/loyalty.json' } },
        mixins: { loyalty: { tier: 'platinum' } },
      }),
    );
    expect(patch.status).toBe(200);
    const response = await getMe(mock, { search: '?expand=addresses,mixin:*' });
    expect(contractErrors(schemaRefs.customer, await response.json())).toEqual([]);
  });
});

describe('the 403 example of the contract', () => {
  it('is what an anonymous PATCH gets, type included', async () => {
    const response = await patchMe(createProfileApiMock(), validPatch({ firstName: 'A' }), {
      token: mockTokens.anonymous,
    });
    expect(await response.json()).toEqual({
      status: 403,
      type: 'Forbidden',
      message: 'User not authorized.',
    });
  });
});

describe('error bodies conform to the contract', () => {
  it('400 for a tenant is an ErrorMessage', async () => {
    const response = await getMe(createProfileApiMock(), { tenant: 'other' });
    expect(response.status).toBe(400);
    expect(contractErrors(schemaRefs.errorMessage, await response.json())).toEqual([]);
  });

  it('400 for validation is an ErrorMessage with details', async () => {
    const response = await patchMe(createProfileApiMock(), {
      preferredCurrency: 'EURO',
      contactEmail: 'nope',
    });
    expect(response.status).toBe(400);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ details: [{}, {}] });
    expect(contractErrors(schemaRefs.errorMessage, body)).toEqual([]);
  });

  it('415 for a refused content type is an ErrorMessage', async () => {
    const response = await patchMe(createProfileApiMock(), '{}', { contentType: 'text/plain' });
    expect(response.status).toBe(415);
    expect(contractErrors(schemaRefs.errorMessage, await response.json())).toEqual([]);
  });

  it('403 for an anonymous PATCH is an ErrorMessage', async () => {
    const response = await patchMe(createProfileApiMock(), validPatch({ firstName: 'A' }), {
      token: mockTokens.anonymous,
    });
    expect(response.status).toBe(403);
    expect(contractErrors(schemaRefs.errorMessage, await response.json())).toEqual([]);
  });

  it('409 for a stale version is an ErrorMessage', async () => {
    const response = await patchMe(
      createProfileApiMock(),
      validPatch({ firstName: 'A', metadata: { version: 0 } }),
    );
    expect(response.status).toBe(409);
    expect(contractErrors(schemaRefs.errorMessage, await response.json())).toEqual([]);
  });

  it('405 is an ErrorMessage', async () => {
    const mock = createProfileApiMock();
    const response = await mock.fetch('https://api.emporix.io/customer/demo/me', {
      method: 'DELETE',
    });
    expect(response.status).toBe(405);
    expect(contractErrors(schemaRefs.errorMessage, await response.json())).toEqual([]);
  });

  it.each([400, 403, 404, 409, 415, 429, 500, 502, 503, 504])(
    'default failNext(%i) body is an ErrorMessage',
    async (status) => {
      const mock = createProfileApiMock();
      mock.faults.failNext(status);
      const response = await getMe(mock);
      expect(response.status).toBe(status);
      const body: unknown = await response.json();
      expect(body).toMatchObject({ status });
      expect(contractErrors(schemaRefs.errorMessage, body)).toEqual([]);
    },
  );

  it.each([
    ['missing token', null],
    ['unknown token', 'not-a-token'],
    ['expired token', mockTokens.expired],
  ])('401 for a %s is the 401_unauthorized body', async (_, token) => {
    const response = await getMe(createProfileApiMock(), { token });
    expect(response.status).toBe(401);
    expect(contractErrors(schemaRefs.unauthorized, await response.json())).toEqual([]);
  });

  it('default failNext(401) body is the 401_unauthorized body', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(401);
    const response = await getMe(mock);
    expect(contractErrors(schemaRefs.unauthorized, await response.json())).toEqual([]);
  });
});
