import type { MockSite } from '../fixtures/mock-site.js';

/** The sites of one mock instance. */
export interface SiteStore {
  /** Replaces every site. */
  seed(sites: readonly MockSite[]): void;
  /** A copy of the site with this code, or `undefined`. Codes are case-sensitive. */
  find(code: string): MockSite | undefined;
  /** Copies of every site, in seed order. */
  list(): MockSite[];
}

/**
 * Creates the site store of one mock; the last seed entry with a code wins.
 *
 * @example
 * ```ts
 * const sites = createSiteStore();
 * sites.seed([mockSites.main]);
 * sites.find('main')?.currency; // 'EUR'
 * ```
 */
export function createSiteStore(): SiteStore {
  const sites = new Map<string, MockSite>();
  return {
    seed(seeds) {
      sites.clear();
      for (const site of seeds) sites.set(site.code, structuredClone(site));
    },
    find(code) {
      const site = sites.get(code);
      return site === undefined ? undefined : structuredClone(site);
    },
    list() {
      return [...sites.values()].map((site) => structuredClone(site));
    },
  };
}
