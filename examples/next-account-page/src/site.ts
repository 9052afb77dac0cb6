/** The storefront's site settings the profile page uses (shaped like Emporix `SiteDto`). */
export const site = {
  locale: 'en',
  languages: ['en', 'de', 'fr'],
  currencies: ['EUR', 'CHF', 'GBP', 'USD'],
  shipToCountries: ['DE', 'AT', 'CH', 'GB'],
} as const;
