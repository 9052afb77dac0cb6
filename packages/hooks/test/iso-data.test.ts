import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iso6391 from 'iso-639-1';
import { iso31661 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { describeCaseTables } from '../../../contracts/cases/describe-case-tables.js';
import { type PatchCase, readCases, repositoryRoot } from '../../../contracts/cases/read-cases.js';
import {
  activeCurrencyCodes,
  createProfileClient,
  currencyCodeSchema,
  isoLanguageCodes,
  isProfileKitError,
  languageTagSchema,
  type ProfilePatch,
} from '../src/index.js';
import { checkCurrencyCode, isWithdrawnCurrencyCode } from '../src/schema/iso/currency-code.js';
import { checkLanguageTag } from '../src/schema/iso/language-tag.js';
import { checkPhoneNumber } from '../src/schema/iso/phone-number.js';
import { checkProfileText } from '../src/schema/iso/profile-text.js';
import { fakeFetch } from './fake-fetch.js';

const rules = {
  currencies: checkCurrencyCode,
  languages: checkLanguageTag,
  phones: checkPhoneNumber,
  texts: checkProfileText,
} as const;

describeCaseTables(rules);

describe('the ISO 4217 supplement', () => {
  const supplementPath = join(
    repositoryRoot,
    'packages/hooks/src/schema/iso/iso-4217-supplement.json',
  );
  const supplement = JSON.parse(readFileSync(supplementPath, 'utf8')) as {
    added: { code: string }[];
    withdrawn: { code: string; effective: string; source: string }[];
    notCurrencies: { codes: string[] };
  };
  it('names the codes it adds: XCG is a currency, XAD a fund unit of account', () => {
    expect(supplement.added.map(({ code }) => code)).toEqual(['XCG', 'XAD']);
    expect(checkCurrencyCode('XCG')).toEqual({ valid: true, value: 'XCG' });
    expect(checkCurrencyCode('XAD')).toEqual({ valid: false, reason: 'currency.not-a-currency' });
  });
  it('names the withdrawn codes, each dated, and refuses each as a new value', () => {
    expect(supplement.withdrawn.map(({ code }) => code).sort()).toEqual([
      'ANG',
      'BGN',
      'BYR',
      'CUC',
      'HRK',
      'LTL',
      'LVL',
      'MRO',
      'SLL',
      'STD',
      'VEF',
      'ZWL',
    ]);
    for (const { code, effective, source } of supplement.withdrawn) {
      expect(effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source).toMatch(/ISO 4217/);
      expect(checkCurrencyCode(code)).toEqual({ valid: false, reason: 'currency.withdrawn' });
      expect(isWithdrawnCurrencyCode(code)).toBe(true);
    }
  });
  it('refuses test, no-currency, metal and unit-of-account codes', () => {
    for (const code of supplement.notCurrencies.codes) {
      expect(checkCurrencyCode(code)).toEqual({ valid: false, reason: 'currency.not-a-currency' });
      expect(isWithdrawnCurrencyCode(code)).toBe(false);
    }
  });
});

describe('the generated tables', () => {
  it('accept every ISO 639-1 language and every ISO 3166-1 region', () => {
    const refusedLanguages = iso6391.getAllCodes().filter((code) => !checkLanguageTag(code).valid);
    const refusedRegions = iso31661
      .map(({ alpha2 }) => `en_${alpha2}`)
      .filter((tag) => !checkLanguageTag(tag).valid);
    expect([...refusedLanguages, ...refusedRegions]).toEqual([]);
  });
  it('are what scripts/generate-iso-data.mjs makes, in hooks and in the mock copy', () => {
    const script = join(repositoryRoot, 'scripts/generate-iso-data.mjs');
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});

/** The reasons that are the data rules' (the others are the patch's shape rules). */
const isDataReason = (reason: string) => /^(currency|language|phone|text)\./.test(reason);

describe('the code lists a text box suggests', () => {
  it('list every ISO 639-1 language, each accepted by languageTagSchema', () => {
    const languages = isoLanguageCodes();
    expect([...languages].sort()).toEqual(iso6391.getAllCodes().sort());
    expect(languages.filter((code) => !languageTagSchema.safeParse(code).success)).toEqual([]);
    expect(languages).toContain('se');
  });

  it('list active currencies only, each accepted by currencyCodeSchema, sorted', () => {
    const currencies = activeCurrencyCodes();
    expect(currencies).toEqual([...currencies].sort());
    expect(currencies).toEqual(expect.arrayContaining(['EUR', 'USD', 'CHF', 'XCG', 'ZWG', 'VED']));
    for (const refused of ['HRK', 'CUC', 'SLL', 'XTS', 'XXX', 'XAU']) {
      expect(currencies).not.toContain(refused);
    }
    expect(currencies.filter((code) => !currencyCodeSchema.safeParse(code).success)).toEqual([]);
  });
});

describe('contracts/cases/patches.json through the hooks patch schema, as a save sends it', () => {
  it.each(readCases<PatchCase>('patches').map((entry) => [entry.name, entry] as const))(
    '%s',
    async (_, entry) => {
      const api = fakeFetch(() => new Response(null, { status: 204 }));
      const client = createProfileClient({
        tenant: 'mystore',
        getAccessToken: () => 'token',
        fetch: api.fetch,
      });
      const error = await client.updateProfile(entry.body as ProfilePatch).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (entry.errors.length === 0) {
        expect(error).toBeUndefined();
        const sent = JSON.parse(api.requests[0]?.body ?? '{}') as Record<string, unknown>;
        expect(sent).toEqual({ ...entry.body, ...entry.saved });
        return;
      }
      // Refused before sending, with an error on each field the case names.
      expect(api.requests).toEqual([]);
      if (!isProfileKitError(error, 'invalid-input')) throw error;
      const fields = error.fieldErrors.map(({ field }) => field);
      for (const expected of entry.errors) expect(fields).toContain(expected.field);
      const dataErrors = error.fieldErrors
        .filter(({ reason }) => reason !== undefined)
        .map(({ field, reason, suggestion }) => ({
          field,
          reason,
          ...(suggestion !== undefined && { suggestion }),
        }));
      expect(dataErrors).toEqual(entry.errors.filter(({ reason }) => isDataReason(reason)));
    },
  );
});
