import * as z from 'zod/mini';

let knownCurrencies: ReadonlySet<string> | undefined;

/**
 * The ISO 4217 codes the runtime knows, all three capitals; read once, on first use, to
 * keep imports free.
 */
function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/**
 * An ISO 4217 currency code in upper case, as `preferredCurrency` takes it: `EUR`, `USD`.
 * `eur`, `EURO` and `XYZ` are refused.
 */
export const currencyCodeSchema = z
  .string()
  .check(z.refine(isKnownCurrency, 'Use a three-letter ISO 4217 code in capitals, like EUR.'));

export type CurrencyCode = z.output<typeof currencyCodeSchema>;
