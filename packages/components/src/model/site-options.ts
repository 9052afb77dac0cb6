import type { Site } from '@profile-kit/hooks';

/** The picker choices a site gives: its languages and currencies, each list absent when the site has none. */
export interface SiteOptions {
  languages?: readonly string[] | undefined;
  currencies?: readonly string[] | undefined;
}

// The site's default is always offered, also when its list leaves it out (the contract's
// own example site has a `currency` and no `availableCurrencies`).
function withDefault(list: readonly string[] = [], fallback?: string) {
  const all = fallback && !list.includes(fallback) ? [...list, fallback] : list;
  return all[0] ? all : undefined;
}

/**
 * What a site offers the form's pickers: `languages` (plus `defaultLanguage`) and
 * `availableCurrencies` (plus `currency`), in the site's order.
 *
 * @example
 * ```ts
 * siteOptions({ code: 'uk', languages: ['en'], currency: 'GBP' });
 * // { languages: ['en'], currencies: ['GBP'] }
 * ```
 */
export function siteOptions(site: Site | undefined): SiteOptions {
  return {
    languages: withDefault(site?.languages, site?.defaultLanguage),
    currencies: withDefault(site?.availableCurrencies, site?.currency),
  };
}
