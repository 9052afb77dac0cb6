import { describe, expect, it } from 'vitest';
import { countryRule } from '../src/addresses.js';

const accepts = (country: string, zip: string) => {
  const pattern = countryRule(country).zip?.[0];
  return pattern ? pattern.test(zip) : true;
};

describe('countryRule', () => {
  it.each([
    ['DE', ['10117', '01067'], ['1011', '101170', 'D-10117']],
    ['AT', ['1010'], ['10100']],
    ['CH', ['8001'], ['80010', 'CH-8001']],
    ['FR', ['75008', '75 008'], ['7500', '750080']],
    ['US', ['10118', '10118-1234', '10118 1234'], ['1011', '10118-12']],
    ['GB', ['SW1A 1AA', 'sw1a1aa', 'NW1 6XE', 'M1 1AE', 'GIR 0AA'], ['SW1A', '12345']],
    ['JP', ['100-0001', '1000001'], ['100-001', '10000001']],
  ] as const)('%s: postal codes', (country, good, bad) => {
    for (const zip of good) expect(accepts(country, zip), zip).toBe(true);
    for (const zip of bad) expect(accepts(country, zip), zip).toBe(false);
  });

  it('asks for what each country needs, in its order', () => {
    expect(countryRule('US').order).toEqual([
      'streetNumber',
      'street',
      'streetAppendix',
      'city',
      'state',
      'zipCode',
    ]);
    expect(countryRule('US').required).toContain('state');
    expect(countryRule('JP').order[0]).toBe('zipCode');
    expect(countryRule('de')).toBe(countryRule('DE'));
  });

  it('blocks nothing in a country it has no rule for', () => {
    for (const country of ['IE', 'HK', 'QA', 'NL', '', undefined]) {
      const rule = countryRule(country);
      expect(rule.required).toEqual([]);
      expect(rule.zip).toBeUndefined();
    }
  });
});
