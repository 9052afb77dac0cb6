import { z } from 'zod/mini';

let knownCurrencies: ReadonlySet<string> | undefined;

/** The ISO 4217 codes the runtime knows; read once, on first use, to keep imports free. */
function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/**
 * An ISO 4217 currency code in upper case, as `preferredCurrency` takes it: `EUR`, `USD`.
 * `eur`, `EURO` and `XYZ` are refused.
 */
export const currencyCodeSchema = z.string().check(
  z.regex(/^[A-Z]{3}$/, {
    error: 'Use a three-letter currency code in capitals, like EUR.',
    abort: true,
  }),
  z.refine(isKnownCurrency, 'This is not an ISO 4217 currency code.'),
);

export type CurrencyCode = z.output<typeof currencyCodeSchema>;
