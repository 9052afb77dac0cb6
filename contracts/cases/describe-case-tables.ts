import { describe, expect, it } from 'vitest';
import {
  asCase,
  type DataRules,
  dataErrorsIn,
  dataErrorsOf,
  expectedOf,
  type PatchCase,
  readCases,
  type ValueCase,
} from './read-cases.js';

/**
 * The case tables as tests of one package's copy of the data rules: every value of
 * currencies/languages/phones/texts.json gets its verdict, and every body of patches.json
 * the data-rule errors it lists (and a saved phone its stored form).
 */
export function describeCaseTables(rules: DataRules): void {
  describe.each(Object.entries(rules))('contracts/cases/%s.json', (name, check) => {
    const cases = readCases<ValueCase>(name as keyof DataRules);
    it.each(cases.map((entry) => [JSON.stringify(entry.input), entry] as const))(
      '%s',
      (_, entry) => {
        expect(asCase(check(entry.input))).toEqual(expectedOf(entry));
      },
    );
  });

  describe('contracts/cases/patches.json, the fields with data rules', () => {
    it.each(readCases<PatchCase>('patches').map((entry) => [entry.name, entry] as const))(
      '%s',
      (_, entry) => {
        expect(dataErrorsOf(entry.body, rules)).toEqual(dataErrorsIn(entry));
        for (const [field, saved] of Object.entries(entry.saved ?? {})) {
          expect(rules.phones(String(entry.body[field]))).toEqual({ valid: true, value: saved });
        }
      },
    );
  });
}
