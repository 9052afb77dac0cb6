import type { ProfileSite } from '@profile-kit/components';

/**
 * The storefront's sites, as its own configuration knows them: the code and a name for
 * the header's switcher and the card's "Preferred site". What each site offers (languages,
 * currencies) is not repeated here: the form reads it from Site Settings with `siteCode`.
 * The codes are the embedded mock's seeded sites; a real tenant's sites go here.
 */
export const sites: readonly ProfileSite[] = [
  { code: 'main', name: 'Main store' },
  { code: 'ch', name: 'Schweiz' },
];
