// Every shared case of contracts/cases/ sent as a real PATCH through the mock: the mock must
// accept and refuse exactly what the hooks' patch schema does (issue 11, section 2).
import { describe, expect, it } from 'vitest';
import { type PatchCase, readCases, type ValueCase } from '../../../contracts/cases/read-cases.js';
import { createProfileApiMock, type MockCustomer, mockProfiles, mockTokens } from '../src/index.js';
import { patchMe } from './helpers/index.js';

interface Detail {
  field: string;
  type: string;
  message: string;
}

const token = mockTokens.customer;

// The cases model field rules, not the lock: a body's `metadata.version` is the stored one.
function mockWith(stored: Record<string, unknown> | undefined, body: Record<string, unknown> = {}) {
  const version = (body.metadata as { version?: number } | undefined)?.version;
  const lock =
    version === undefined ? {} : { metadata: { ...mockProfiles.b2cCustomer.metadata, version } };
  const profile = { ...mockProfiles.b2cCustomer, ...lock, ...stored } as MockCustomer;
  return createProfileApiMock({ customers: [{ token, profile }] });
}

describe('contracts/cases/patches.json through the mock', () => {
  it.each(readCases<PatchCase>('patches').map((entry) => [entry.name, entry] as const))(
    '%s',
    async (_name, entry) => {
      const mock = mockWith(entry.stored, entry.body);
      const before = mock.profileFor(token);
      const response = await patchMe(mock, entry.body, { token });
      if (entry.errors.length === 0) {
        expect(response.status).toBe(200);
        const { metadata: _lock, ...fields } = entry.body;
        expect(mock.profileFor(token)).toMatchObject({ ...fields, ...entry.saved });
        return;
      }
      expect(response.status).toBe(400);
      const { details } = (await response.json()) as { details: Detail[] };
      const fields = details.map((item) => item.field);
      for (const error of entry.errors) {
        expect(fields).toContain(error.field);
      }
      expect(mock.profileFor(token)).toEqual(before);
    },
  );
});

const valueFiles = {
  currencies: ['preferredCurrency'],
  languages: ['preferredLanguage'],
  phones: ['contactPhone'],
  texts: ['title', 'firstName', 'middleName', 'lastName', 'company'],
} as const;

// Currency and language travel canonical only (the wire rule): a valid case whose value is
// another spelling is refused as not canonical.
function acceptedOnWire(file: keyof typeof valueFiles, entry: ValueCase): boolean {
  if (entry.verdict === 'invalid') return false;
  const exact = file === 'currencies' || file === 'languages';
  return !exact || entry.value === undefined || entry.value === entry.input;
}

describe.each(Object.keys(valueFiles) as (keyof typeof valueFiles)[])(
  'contracts/cases/%s.json as one-field PATCHes',
  (file) => {
    const cases = readCases<ValueCase>(file).flatMap((entry) =>
      valueFiles[file].map((field) => [field, JSON.stringify(entry.input), entry] as const),
    );
    it.each(cases)('%s %s', async (field, _input, entry) => {
      const mock = mockWith(undefined);
      const response = await patchMe(mock, { [field]: entry.input }, { token });
      if (acceptedOnWire(file, entry)) {
        expect(response.status).toBe(200);
        expect(mock.profileFor(token)?.[field as keyof MockCustomer]).toBe(
          entry.value ?? entry.input,
        );
      } else {
        expect(response.status).toBe(400);
        const { details } = (await response.json()) as { details: Detail[] };
        expect(details.map((item) => item.field)).toContain(field);
      }
    });
  },
);
