import * as z from 'zod/mini';
import { checkCountryCode } from './iso/country-code.js';

/**
 * An ISO 3166-1 alpha-2 country code in capitals, as an address's `country` takes it (the
 * contract: exactly two characters): `DE`, `US`, `GB`. `de`, `DEU`, `UK` and `ZZ` are refused.
 */
export const countryCodeSchema = z.string().check(
  z.refine((code: string) => {
    const verdict = checkCountryCode(code);
    return verdict.valid && verdict.value === code;
  }, 'Use a two-letter ISO 3166 country code in capitals, like DE.'),
);

export type CountryCode = z.output<typeof countryCodeSchema>;
