import { describe, expect, it } from 'vitest';
import {
  currencyCodeSchema,
  customerProfileSchema,
  languageTagSchema,
  profilePatchSchema,
  tenantSchema,
  toBcp47LanguageTag,
  toProfileLanguageTag,
} from '../src/index.js';

const fieldsOf = (patch: unknown) => {
  const result = profilePatchSchema.safeParse(patch);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('tenantSchema', () => {
  it.each(['abc', 'mystore', 'shop2024', 'a'.repeat(16)])('accepts %s', (tenant) => {
    expect(tenantSchema.safeParse(tenant).success).toBe(true);
  });
  it.each(['ab', 'a'.repeat(17), 'MyStore', '1store', 'my-store', 'my/../store', 'store?x=1', ''])(
    'refuses %s',
    (tenant) => {
      expect(tenantSchema.safeParse(tenant).success).toBe(false);
    },
  );
});

describe('currencyCodeSchema', () => {
  it.each(['EUR', 'USD', 'CHF', 'JPY', 'PLN'])('accepts %s', (code) => {
    expect(currencyCodeSchema.safeParse(code).success).toBe(true);
  });
  it.each(['EURO', 'eur', 'XYZ', 'EU', '', ' EUR', 'E1R'])('refuses %j', (code) => {
    expect(currencyCodeSchema.safeParse(code).success).toBe(false);
  });
  it('says what is wrong, once', () => {
    const result = currencyCodeSchema.safeParse('eur');
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/three-letter/);
    expect(currencyCodeSchema.safeParse('XYZ').error?.issues[0]?.message).toMatch(/ISO 4217/);
  });
});

describe('languageTagSchema', () => {
  it.each(['en', 'en_US', 'de_DE', 'de', 'fr_CA', 'zh_Hant_TW', 'pt_BR'])('accepts %s', (tag) => {
    expect(languageTagSchema.safeParse(tag).success).toBe(true);
  });
  it.each([
    'english',
    'zz_ZZ',
    'zz',
    'en-US',
    'en_us',
    'EN',
    'e',
    '',
    'en__US',
    'en_US_',
    'en_US_u_ca_gregory',
    'de_DE_x_foo',
  ])('refuses %j', (tag) => {
    expect(languageTagSchema.safeParse(tag).success).toBe(false);
  });
  it('converts between the profile form and BCP 47', () => {
    expect(toBcp47LanguageTag('en_US')).toBe('en-US');
    expect(toProfileLanguageTag('en-us')).toBe('en_US');
    expect(toProfileLanguageTag('not a tag')).toBeUndefined();
  });
});

describe('profilePatchSchema', () => {
  it('accepts the contract example', () => {
    expect(
      fieldsOf({
        title: 'MR',
        firstName: 'John',
        lastName: 'Doe',
        contactEmail: 'example@customer.com',
        contactPhone: '123456789',
        company: 'Emporix',
        preferredLanguage: 'en_US',
        preferredCurrency: 'EUR',
        preferredSite: 'main',
        b2b: { companyRegistrationId: '123-456-789' },
        metadata: { version: 1 },
      }),
    ).toEqual([]);
  });

  it('refuses null, which the contract never allows, inside mixins too', () => {
    expect(fieldsOf({ middleName: null })).toEqual(['middleName']);
    expect(fieldsOf({ mixins: { loyalty: { tier: null } } })).toEqual(['mixins']);
    expect(fieldsOf({ mixins: { loyalty: { tier: 'gold', tags: ['a'] } } })).toEqual([]);
  });

  it('takes links to mixin schemas in metadata, without null, next to the version', () => {
    const links = { loyalty: 'https://example.com/schemas/loyalty.v1.json' };
    expect(
      fieldsOf({ mixins: { loyalty: { tier: 'gold' } }, metadata: { mixins: links } }),
    ).toEqual([]);
    expect(fieldsOf({ metadata: { version: 2, mixins: links } })).toEqual([]);
    expect(fieldsOf({ metadata: { mixins: { loyalty: null } } })).toEqual(['metadata.mixins']);
    expect(fieldsOf({ metadata: { lastLogin: 'x' } })).toEqual(['metadata']);
  });

  it('allows clearing an optional text with an empty string', () => {
    expect(fieldsOf({ middleName: '', company: '', contactPhone: '' })).toEqual([]);
  });

  it('never clears the contact email, and wants a real one', () => {
    expect(fieldsOf({ contactEmail: '' })).toEqual(['contactEmail']);
    expect(fieldsOf({ contactEmail: '   ' })).toEqual(['contactEmail']);
    expect(fieldsOf({ contactEmail: 'not-an-email' })).toEqual(['contactEmail']);
  });

  it.each([
    'id',
    'customerNumber',
    'accounts',
    'addresses',
    'defaultAddress',
    'businessModel',
    'lastLogin',
  ])('refuses the read-only field %s', (field) => {
    expect(fieldsOf({ [field]: 'x' })).toEqual(['']);
  });

  it('refuses b2b.legalEntities, which is read-only', () => {
    expect(fieldsOf({ b2b: { legalEntities: [] } })).toEqual(['b2b']);
  });

  it('bounds text lengths', () => {
    expect(fieldsOf({ firstName: 'x'.repeat(100) })).toEqual([]);
    expect(fieldsOf({ firstName: 'x'.repeat(101) })).toEqual(['firstName']);
    expect(fieldsOf({ contactPhone: '1'.repeat(31) })).toEqual(['contactPhone']);
  });

  it('refuses a phone number with letters', () => {
    expect(fieldsOf({ contactPhone: '+49 30 1234' })).toEqual([]);
    expect(fieldsOf({ contactPhone: 'call me' })).toEqual(['contactPhone']);
  });

  it('checks currency and language through their schemas', () => {
    expect(fieldsOf({ preferredCurrency: 'EURO', preferredLanguage: 'english' })).toEqual([
      'preferredLanguage',
      'preferredCurrency',
    ]);
  });

  it('applies the B2B rule: a registration id needs first name, last name and company', () => {
    expect(fieldsOf({ b2b: { companyRegistrationId: '123' } })).toEqual([
      'firstName',
      'lastName',
      'company',
    ]);
    expect(
      fieldsOf({
        b2b: { companyRegistrationId: '123' },
        firstName: 'A',
        lastName: 'B',
        company: ' ',
      }),
    ).toEqual(['company']);
  });

  it('trims text before sending', () => {
    expect(profilePatchSchema.parse({ firstName: '  Ann ' })).toEqual({ firstName: 'Ann' });
  });
});

describe('customerProfileSchema', () => {
  it('keeps unknown fields and mixins', () => {
    const profile = customerProfileSchema.parse({
      id: '1',
      newField: { nested: true },
      mixins: { loyalty: { tier: 'gold' } },
    });
    expect(profile.newField).toEqual({ nested: true });
    expect(profile.mixins).toEqual({ loyalty: { tier: 'gold' } });
  });

  it('reads a legacy odd value as absent instead of failing the profile', () => {
    const profile = customerProfileSchema.parse({
      id: '1',
      firstName: 42,
      lastName: 'Doe',
      metadata: { version: 'two' },
      b2b: { legalEntities: 'none' },
    });
    expect(profile.firstName).toBeUndefined();
    expect(profile.lastName).toBe('Doe');
    expect(profile.metadata).toEqual({ version: undefined });
    expect(profile.b2b).toEqual({ legalEntities: undefined });
  });

  it('keeps a stored value that is no longer valid, so a form can flag it', () => {
    expect(
      customerProfileSchema.parse({ id: '1', preferredCurrency: 'EURO' }).preferredCurrency,
    ).toBe('EURO');
  });

  it.each([null, 'text', [], { customerNumber: '1' }, { id: 7 }])('refuses %j', (body) => {
    expect(customerProfileSchema.safeParse(body).success).toBe(false);
  });
});
