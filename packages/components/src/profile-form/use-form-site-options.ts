'use client';
import { type Site, useSite } from '@profile-kit/hooks';
import { type SiteOptions, siteOptions } from '../model/site-options.js';

export interface FormSiteInput {
  site?: Site | undefined;
  siteCode?: string | undefined;
  languages?: readonly string[] | undefined;
  currencies?: readonly string[] | undefined;
}

/**
 * The form's language and currency choices: the host's own lists win, then the `site`
 * given, then the site read with `useSite(siteCode)` — read only when a list is still
 * missing. `pending` while that read is under way, so the form keeps its skeleton instead
 * of showing text boxes that turn into pickers. A failed read leaves the lists out (text
 * boxes): the profile stays editable.
 */
export function useFormSiteOptions({
  site,
  siteCode,
  languages,
  currencies,
}: FormSiteInput): SiteOptions & { pending: boolean } {
  const needed = site === undefined && siteCode !== undefined && !(languages && currencies);
  const query = useSite(siteCode ?? '', { enabled: needed });
  const offered = siteOptions(site ?? query.data);
  return {
    languages: languages ?? offered.languages,
    currencies: currencies ?? offered.currencies,
    pending: needed && query.isPending,
  };
}
