import { defaultCustomers } from '../fixtures/default-customers.js';
import { defaultSites } from '../fixtures/default-sites.js';
import { defaultTenant } from '../fixtures/default-tenant.js';
import { createFaultInjector } from '../store/fault-injector.js';
import { createMockState } from '../store/mock-state.js';
import { createSiteStore } from '../store/site-store.js';
import { createMockFetch } from './create-mock-fetch.js';
import { createProfileHandlers } from './create-profile-handlers.js';
import { defaultBaseUrl } from './default-base-url.js';
import type { ProfileRequestContext } from './handle-profile-request.js';
import type { ProfileApiMock, ProfileApiMockOptions } from './profile-api-mock.js';
import type { RecordedRequest } from './recorded-request.js';

/**
 * Creates a stateful stand-in for the Emporix `GET`/`PATCH /customer/{tenant}/me` API and
 * the site-settings reads (`GET /site/{tenant}/sites[/{siteCode}]`): msw handlers plus a `fetch` that uses them directly, seeding, fault injection and a
 * request log. Every call creates independent state.
 *
 * @example
 * ```ts
 * const mock = createProfileApiMock();
 * const response = await mock.fetch('https://api.emporix.io/customer/demo/me?expand=addresses', {
 *   headers: { Authorization: `Bearer ${mockTokens.customer}` },
 * });
 * await response.json(); // mockProfiles.b2cCustomer with addresses, mixins {}
 *
 * // Or in a host app's tests:
 * const server = setupServer(...mock.handlers);
 * ```
 */
export function createProfileApiMock(options: ProfileApiMockOptions = {}): ProfileApiMock {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
  const tenant = options.tenant ?? defaultTenant;
  const initialCustomers = structuredClone(options.customers ?? defaultCustomers());
  const log: RecordedRequest[] = [];
  const initialSites = structuredClone(options.sites ?? defaultSites());
  const state = createMockState();
  const sites = createSiteStore();
  const faults = createFaultInjector();
  state.seed(initialCustomers);
  sites.seed(initialSites);

  const context: ProfileRequestContext = { tenant, state, sites, faults, log };
  const handlers = createProfileHandlers(baseUrl, context);

  return {
    handlers,
    fetch: createMockFetch(handlers, log),
    baseUrl,
    tenant,
    faults: faults.api,
    get requests() {
      return [...log];
    },
    clearRequests() {
      log.length = 0;
    },
    seed(customers) {
      state.seed(customers);
    },
    seedSites(seeds) {
      sites.seed(seeds);
    },
    reset() {
      state.seed(initialCustomers);
      sites.seed(initialSites);
      faults.api.clear();
      log.length = 0;
    },
    profileFor(token) {
      return state.profileFor(token);
    },
    setProfile(token, update) {
      state.write(token, update);
    },
    emailChangeToken(token) {
      const profile = state.profileFor(token);
      return profile && state.credentials.emailChangeToken(profile.id);
    },
    expireEmailChangeToken(emailToken) {
      state.credentials.expireEmailToken(emailToken);
    },
    expireToken(token) {
      state.expireToken(token);
    },
    addToken(token, sameAs) {
      state.addToken(token, sameAs);
    },
  };
}
