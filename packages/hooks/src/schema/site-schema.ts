import * as z from 'zod/mini';
import { lenient } from './lenient.js';

const text = lenient(z.string());
const codes = lenient(z.array(z.string()));

/**
 * A site as `GET /site/{tenant}/sites/{siteCode}` returns it (site-settings contract,
 * schema `SiteDto`): what the storefront offers — `languages` and `defaultLanguage`,
 * `availableCurrencies` and `currency`, `shipToCountries`. Parsed as leniently as the
 * profile: unknown fields (`homeBase`, payment, tax, mixins …) pass through untyped, a field of an unexpected
 * type reads as absent, and only a body without a string `code` is refused. Codes are kept
 * as sent, so a UI can offer a regional tag such as `de_CH` if a site has one.
 */
export const siteSchema = z.looseObject({
  code: z.string(),
  name: text,
  active: lenient(z.boolean()),
  default: lenient(z.boolean()),
  defaultLanguage: text,
  languages: codes,
  currency: text,
  availableCurrencies: codes,
  shipToCountries: codes,
});

export type Site = z.output<typeof siteSchema>;
