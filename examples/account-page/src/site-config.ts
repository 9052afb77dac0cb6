/**
 * The storefront's sites, shaped like the Site Settings API's `SiteDto` (only the fields
 * the profile page uses): languages are ISO 639-1, currencies ISO 4217.
 */
export interface SiteConfig {
  code: string;
  name: string;
  defaultLanguage: string;
  languages: string[];
  currency: string;
  availableCurrencies: string[];
}

export const sites: SiteConfig[] = [
  {
    code: 'main',
    name: 'Germany',
    defaultLanguage: 'de',
    languages: ['de', 'en', 'fr'],
    currency: 'EUR',
    availableCurrencies: ['EUR', 'CHF', 'GBP', 'USD'],
  },
  {
    code: 'us',
    name: 'United States',
    defaultLanguage: 'en',
    languages: ['en', 'es'],
    currency: 'USD',
    availableCurrencies: ['USD', 'CAD'],
  },
];
