'use client';
import { type Site, useSite } from '@profile-kit/hooks';
import { countryName } from '../address-card/address-lines.js';

export interface AddressCountriesInput {
  countries?: readonly string[] | undefined;
  site?: Site | undefined;
  siteCode?: string | undefined;
}

export interface AddressCountries {
  /** The countries to offer, by name in the UI locale; `undefined`: a text box for a code. */
  options: Array<{ value: string; label: string }> | undefined;
  /** What a new address starts with: the first country the site ships to. */
  first: string;
  /** The site is still being read: the form waits instead of showing a text box that turns into a picker. */
  pending: boolean;
}

/**
 * The countries the form offers: the host's list wins, then the `site`'s `shipToCountries`,
 * then those of the site read with `useSite(siteCode)`. Names come from `Intl.DisplayNames`
 * in the UI locale (the code where it has none), sorted by name. A stored country the list
 * lacks is offered too, so editing another field never changes it.
 */
export function useAddressCountries(
  { countries, site, siteCode }: AddressCountriesInput,
  locale: string,
  stored: string | undefined,
): AddressCountries {
  const needed = !countries && !site && siteCode !== undefined;
  const query = useSite(siteCode ?? '', { enabled: needed });
  const codes = countries ?? site?.shipToCountries ?? query.data?.shipToCountries;
  const pending = needed && query.isPending;
  if (!codes || codes.length === 0) return { options: undefined, first: '', pending };
  const all = stored && !codes.includes(stored) ? [...codes, stored] : codes;
  const options = all
    .map((value) => ({ value, label: countryName(value, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return { options, first: codes[0] ?? '', pending };
}
