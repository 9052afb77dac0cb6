import type { ProfileSite } from '../src/index.js';

/**
 * A storefront's site as the Site Settings API describes it (`languages` ISO 639-1,
 * `availableCurrencies` ISO 4217), and the shop's sites for the site picker — the
 * options a host passes to `ProfileForm`.
 */
export const storefrontSite = {
  code: 'main',
  name: 'Germany',
  languages: ['de', 'en', 'fr'],
  availableCurrencies: ['EUR', 'CHF', 'GBP', 'USD'],
} as const;

export const storefrontSites: readonly ProfileSite[] = [
  { code: 'main', name: 'Germany' },
  { code: 'us', name: 'United States' },
];
