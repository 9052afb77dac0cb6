import * as z from 'zod/mini';
import { dataRuleCheck } from './data-rule-check.js';
import { checkCurrencyCode } from './iso/currency-code.js';

/**
 * An active ISO 4217 currency code in capitals, as `preferredCurrency` takes it: `EUR`,
 * `USD`, `XCG`. Refused, with the rule's reason in the issue's `params`: `eur` (suggests
 * `EUR`), `EURO`, `XYZ`, withdrawn codes (`HRK`, `CUC`, `SLL`) and codes that are no money a
 * customer pays in (`XTS`, `XXX`, `XAU`). From the generated ISO tables, the same in every
 * runtime.
 */
export const currencyCodeSchema = z
  .string()
  .check(dataRuleCheck(checkCurrencyCode, 'currency.not-canonical'));

export type CurrencyCode = z.output<typeof currencyCodeSchema>;
