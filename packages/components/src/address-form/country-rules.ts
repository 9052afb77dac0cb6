/** The postal fields whose order and need differ from country to country. */
export type PostalField =
  | 'street'
  | 'streetNumber'
  | 'streetAppendix'
  | 'zipCode'
  | 'city'
  | 'state';

/** How a country writes its addresses: what the form asks for, in which order. */
export interface CountryRule {
  /** The postal fields the country uses, in the order it writes them. */
  order: readonly PostalField[];
  /** Which of them an address in that country cannot do without. */
  required: readonly PostalField[];
  /** The whole postal code, matched case-insensitively; with an example for the error text. */
  zip?: readonly [pattern: RegExp, example: string];
  /** What the country calls the postcode, the city and the state (keys of the messages). */
  names?: { zipCode?: 'Zip' | 'Postcode'; city?: 'Town'; state?: 'Prefecture' | 'County' };
}

const streetFirst = ['street', 'streetNumber', 'streetAppendix'] as const;
const numberFirst = ['streetNumber', 'street', 'streetAppendix'] as const;

/**
 * A country without a rule gets every field, none of them required and no postal-code
 * check: the kit never blocks an address it knows nothing about (IE without an Eircode,
 * HK and QA without postal codes).
 */
export const anyCountry: CountryRule = {
  order: [...streetFirst, 'zipCode', 'city', 'state'],
  required: [],
};

/*
 * Field order, required fields and postal-code patterns after the address metadata of
 * Google's libaddressinput (`fmt`, `require`, `zip`; Apache License 2.0), written out by
 * hand for the countries the kit knows, so the table stays a few hundred bytes. Checked
 * against its `testdata/countryinfo.txt` (commit e20690c, June 2025). Where the form is
 * finer than `%A` (one street line there), the house number comes first where the country
 * writes it first (FR, US, GB).
 */
const rules: Readonly<Record<string, CountryRule>> = {
  DE: {
    order: [...streetFirst, 'zipCode', 'city'],
    required: ['street', 'zipCode', 'city'],
    zip: [/^\d{5}$/, '10117'],
  },
  AT: {
    order: [...streetFirst, 'zipCode', 'city'],
    required: ['street', 'zipCode', 'city'],
    zip: [/^\d{4}$/, '1010'],
  },
  CH: {
    order: [...streetFirst, 'zipCode', 'city'],
    required: ['street', 'zipCode', 'city'],
    zip: [/^\d{4}$/, '8001'],
  },
  FR: {
    order: [...numberFirst, 'zipCode', 'city'],
    required: ['street', 'zipCode', 'city'],
    zip: [/^\d{2} ?\d{3}$/, '75008'],
  },
  US: {
    order: [...numberFirst, 'city', 'state', 'zipCode'],
    required: ['street', 'city', 'state', 'zipCode'],
    zip: [/^\d{5}(?:[ -]\d{4})?$/, '10118'],
    names: { zipCode: 'Zip' },
  },
  GB: {
    order: [...numberFirst, 'city', 'state', 'zipCode'],
    required: ['street', 'city', 'zipCode'],
    // British Forces Post Office numbers (BFPO 61) are postcodes too.
    zip: [/^(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|BFPO ?\d{1,4})$/i, 'SW1A 1AA'],
    names: { zipCode: 'Postcode', city: 'Town', state: 'County' },
  },
  JP: {
    order: ['zipCode', 'state', 'city', ...streetFirst],
    required: ['zipCode', 'state', 'city', 'street'],
    zip: [/^\d{3}-?\d{4}$/, '100-0001'],
    names: { state: 'Prefecture' },
  },
};

/** The rule of a country code (`DE`), or `anyCountry` for one the table does not hold. */
export function countryRule(country: string | undefined): CountryRule {
  return (country && rules[country.toUpperCase()]) || anyCountry;
}
