import { describe, expect, it } from 'vitest';
import { createProfileApiMock, type MockCustomer, mockProfiles, mockTokens } from '../src/index.js';
import { patchMe, validPatch } from './helpers/index.js';

interface Detail {
  field: string;
  type: string;
  message: string;
}

/** PATCHes `body` and returns the `details` of the 400, after checking nothing was stored. */
async function refused(body: unknown, token: string = mockTokens.customer): Promise<Detail[]> {
  const mock = createProfileApiMock();
  const before = mock.profileFor(token);
  const response = await patchMe(mock, body, { token });
  expect(response.status).toBe(400);
  const error = (await response.json()) as { status: number; type: string; details: Detail[] };
  expect(error).toMatchObject({
    status: 400,
    type: 'validation_failure',
    message: 'Validation failed.',
  });
  expect(mock.profileFor(token)).toEqual(before);
  for (const detail of error.details) {
    expect(detail.message).not.toBe('');
  }
  return error.details;
}

function fieldsAndTypes(details: Detail[]): [string, string][] {
  return details.map(({ field, type }) => [field, type]);
}

async function accepted(
  body: unknown,
  token: string = mockTokens.customer,
): Promise<MockCustomer | undefined> {
  const mock = createProfileApiMock();
  const response = await patchMe(mock, validPatch(body), { token });
  expect(response.status).toBe(200);
  return mock.profileFor(token);
}

describe('PATCH validation', () => {
  it.each([
    ['firstName', { firstName: null }, 'firstName'],
    [
      'b2b.companyRegistrationId',
      { b2b: { companyRegistrationId: null } },
      'b2b.companyRegistrationId',
    ],
    ['metadata.version', { metadata: { version: null } }, 'metadata.version'],
    ['mixins', { mixins: null }, 'mixins'],
    ['a value inside a mixin', { mixins: { loyalty: { tier: null } } }, 'mixins.loyalty.tier'],
    ['metadata.mixins', { metadata: { mixins: null } }, 'metadata.mixins'],
    [
      'a link inside metadata.mixins',
      { metadata: { mixins: { loyalty: null } } },
      'metadata.mixins.loyalty',
    ],
  ])('refuses null in %s', async (_, body, field) => {
    expect(fieldsAndTypes(await refused(body))).toEqual([[field, 'invalid_value']]);
  });

  it.each([
    ['a number', { lastName: 42 }, 'lastName'],
    ['a boolean', { preferredSite: true }, 'preferredSite'],
    ['an object', { title: { value: 'MR' } }, 'title'],
    ['an array', { company: ['Emporix'] }, 'company'],
    ['a number in b2b', { b2b: { companyRegistrationId: 123 } }, 'b2b.companyRegistrationId'],
  ])('refuses %s where a string is expected', async (_, body, field) => {
    expect(fieldsAndTypes(await refused(body))).toEqual([[field, 'invalid_type']]);
  });

  it.each([
    ['b2b', { b2b: 'ACME' }],
    ['metadata', { metadata: 3 }],
    ['mixins', { mixins: [] }],
    ['metadata.mixins', { metadata: { mixins: 'https://schemas.example.com/loyalty.json' } }],
  ])('refuses a non-object %s', async (field, body) => {
    expect(fieldsAndTypes(await refused(body))).toEqual([[field, 'invalid_type']]);
  });

  it.each([
    'id',
    'customerNumber',
    'accounts',
    'addresses',
    'defaultAddress',
    'businessModel',
    'lastLogin',
  ])('refuses the read-only field %s', async (field) => {
    const value = (mockProfiles.b2cCustomer as unknown as Record<string, unknown>)[field];
    expect(fieldsAndTypes(await refused({ [field]: value }))).toEqual([[field, 'read_only']]);
  });

  it('refuses read-only nested fields', async () => {
    const details = await refused({ b2b: { legalEntities: [] } });
    expect(fieldsAndTypes(details)).toEqual([['b2b.legalEntities', 'read_only']]);
  });

  it('accepts metadata.mixins, the links to mixin schemas', async () => {
    const mixins = { loyalty: 'https://schemas.example.com/loyalty.json' };
    expect((await accepted({ metadata: { mixins } }))?.metadata?.mixins).toEqual(mixins);
  });

  it('refuses unknown fields at every level', async () => {
    const details = await refused({
      nickname: 'Al',
      b2b: { vatId: 'DE1' },
      metadata: { etag: 'x' },
    });
    expect(fieldsAndTypes(details)).toEqual([
      ['nickname', 'unknown_field'],
      ['b2b.vatId', 'unknown_field'],
      ['metadata.etag', 'unknown_field'],
    ]);
  });

  it.each(['EURO', 'EU', 'eur', 'XYZ', 'E1R', ''])('refuses preferredCurrency %j', async (code) => {
    expect(fieldsAndTypes(await refused({ preferredCurrency: code }))).toEqual([
      ['preferredCurrency', 'invalid_value'],
    ]);
  });

  it.each(['EUR', 'USD', 'CHF', 'JPY'])('accepts preferredCurrency %s', async (code) => {
    expect((await accepted({ preferredCurrency: code }))?.preferredCurrency).toBe(code);
  });

  it.each(['english', 'zz_ZZ', 'en-US', 'EN_us', 'en_us', 'en_', 'xx', 'en_XY', ''])(
    'refuses preferredLanguage %j',
    async (tag) => {
      expect(fieldsAndTypes(await refused({ preferredLanguage: tag }))).toEqual([
        ['preferredLanguage', 'invalid_value'],
      ]);
    },
  );

  it.each(['en', 'en_US', 'de_DE', 'fr_CH', 'es_419', 'zh_Hans_CN'])(
    'accepts preferredLanguage %s',
    async (tag) => {
      expect((await accepted({ preferredLanguage: tag }))?.preferredLanguage).toBe(tag);
    },
  );

  it.each(['anna', 'anna@', '@example.com', 'anna@example', 'an na@example.com'])(
    'refuses contactEmail %j',
    async (email) => {
      expect(fieldsAndTypes(await refused({ contactEmail: email }))).toEqual([
        ['contactEmail', 'invalid_value'],
      ]);
    },
  );

  it('accepts a new contactEmail', async () => {
    expect((await accepted({ contactEmail: 'anna@example.org' }))?.contactEmail).toBe(
      'anna@example.org',
    );
  });

  it('refuses to unset contactEmail once it has a value', async () => {
    expect(fieldsAndTypes(await refused({ contactEmail: '' }))).toEqual([
      ['contactEmail', 'cannot_unset'],
    ]);
  });

  it('lets an empty contactEmail through when none is stored', async () => {
    const { contactEmail, ...withoutEmail } = mockProfiles.otherCustomer;
    const mock = createProfileApiMock({ customers: [{ token: 't', profile: withoutEmail }] });
    const response = await patchMe(mock, validPatch({ contactEmail: '' }), { token: 't' });
    expect(response.status).toBe(200);
  });

  it('requires firstName, lastName and company when b2b.companyRegistrationId is sent', async () => {
    const details = await refused(
      { b2b: { companyRegistrationId: '123-456-789' }, firstName: '  ' },
      mockTokens.b2bCustomer,
    );
    expect(fieldsAndTypes(details)).toEqual([
      ['firstName', 'missing_value'],
      ['lastName', 'missing_value'],
      ['company', 'missing_value'],
    ]);
  });

  it('accepts b2b.companyRegistrationId with firstName, lastName and company', async () => {
    const stored = await accepted(
      {
        firstName: 'John',
        lastName: 'Doe',
        company: 'Emporix',
        b2b: { companyRegistrationId: '1' },
      },
      mockTokens.b2bCustomer,
    );
    expect(stored?.b2b?.companyRegistrationId).toBe('1');
  });

  it.each([
    ['a string', '2'],
    ['a fraction', 1.5],
  ])('refuses metadata.version as %s', async (_, version) => {
    expect(fieldsAndTypes(await refused({ metadata: { version } }))).toEqual([
      ['metadata.version', 'invalid_type'],
    ]);
  });

  it('lists every invalid field at once, before checking the version', async () => {
    const details = await refused({
      preferredCurrency: 'euro',
      preferredLanguage: 'german',
      contactEmail: 'nope',
      id: 'x',
      metadata: { version: 0 },
    });
    expect(details.map((detail) => detail.field)).toEqual([
      'preferredCurrency',
      'preferredLanguage',
      'contactEmail',
      'id',
    ]);
  });
});
