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
    [
      'GB',
      ['SW1A 1AA', 'sw1a1aa', 'NW1 6XE', 'M1 1AE', 'GIR 0AA', 'BFPO 61'],
      ['SW1A', '12345', 'BFPO'],
    ],
    ['JP', ['100-0001', '1000001'], ['100-001', '10000001']],
  ] as const)('%s: postal codes', (country, good, bad) => {
    for (const zip of good) expect(accepts(country, zip), zip).toBe(true);
    for (const zip of bad) expect(accepts(country, zip), zip).toBe(false);
  });

  // The `zipex` examples of libaddressinput's testdata/countryinfo.txt (commit e20690c), less
  // its "RH6 OHP", a letter O where a digit belongs.
  it.each([
    ['DE', '26133,53225'],
    ['AT', '1010,3741'],
    ['CH', '2544,1211,1556,3030'],
    ['FR', '33380,34092,33506'],
    ['US', '95014,22162-1010'],
    [
      'GB',
      'EC1Y 8SY,GIR 0AA,M2 5BQ,M34 4AB,CR0 2YR,DN16 9AA,W1A 4ZZ,EC1A 1HQ,OX14 4PG,BS18 8HF,NR25 7HG,BH23 6AA,B6 5BA,RH6 0HP,SO23 9AP,PO1 3AX,BFPO 61',
    ],
    ['JP', '154-0023,350-1106,951-8073,112-0001,208-0032,231-0012'],
  ])('%s: accepts every example postal code of libaddressinput', (country, examples) => {
    for (const zip of examples.split(',')) expect(accepts(country, zip), zip).toBe(true);
  });

  it('asks for the county in the UK, between the town and the postcode, never required', () => {
    expect(countryRule('GB').order.slice(-3)).toEqual(['city', 'state', 'zipCode']);
    expect(countryRule('GB').required).not.toContain('state');
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
