import type { HttpHandler } from 'msw';
import type { CustomerSeed } from '../fixtures/customer-seed.js';
import type { MockCustomer } from '../fixtures/mock-customer.js';
import type { MockSite } from '../fixtures/mock-site.js';
import type { ProfileApiFaults } from '../store/profile-api-faults.js';
import type { RecordedRequest } from './recorded-request.js';

/** Options of `createProfileApiMock`. */
export interface ProfileApiMockOptions {
  /**
   * API base URL; handlers match `${baseUrl}/customer/:tenant/me`. A relative base such as
   * `'/api'` matches that path on any origin (same-origin use in browsers).
   * Defaults to `defaultBaseUrl`.
   */
  baseUrl?: string;
  /** The only tenant this mock serves. Defaults to `defaultTenant` (`'demo'`). */
  tenant?: string;
  /** Initial customers; `reset()` returns to these. Defaults to the `mockTokens` customers. */
  customers?: CustomerSeed[];
  /** Initial sites; `reset()` returns to these. Defaults to `mockSites.main` and `mockSites.ch`. */
  sites?: MockSite[];
}

/** A stateful stand-in for `GET`/`PATCH /customer/{tenant}/me`; see `createProfileApiMock`. */
export interface ProfileApiMock {
  /**
   * msw handlers for GET, PATCH and a catch-all (HEAD like GET, other methods 405) on the
   * profile path, and for the site paths `/site/:tenant/sites` and `/site/:tenant/sites/:siteCode`.
   */
  readonly handlers: HttpHandler[];
  /**
   * A `fetch` answering from `handlers` without any worker or server. Rejects like the
   * platform fetch: `TypeError` on a network error or an unmatched request, the signal's
   * reason (an `AbortError` `DOMException` by default) when aborted.
   */
  readonly fetch: typeof fetch;
  /** The base URL the handlers match, without a trailing slash. */
  readonly baseUrl: string;
  /** The tenant this mock serves. */
  readonly tenant: string;
  /** Replaces all customers, tokens and expired tokens (faults and the log stay). */
  seed(customers: CustomerSeed[]): void;
  /** Replaces all sites (customers, faults and the log stay). */
  seedSites(sites: MockSite[]): void;
  /** Back to the initial seed (customers and sites); also clears faults and the request log. */
  reset(): void;
  /**
   * A deep copy of the profile stored for `token` (also when the token has expired), or
   * `undefined` for an unknown token.
   */
  profileFor(token: string): MockCustomer | undefined;
  /**
   * Changes the stored profile like another writer would; `metadata.version` is bumped by 1
   * whatever `update` returns. Throws for an unknown token.
   */
  setProfile(token: string, update: (profile: MockCustomer) => MockCustomer): void;
  /**
   * The confirmation token of the customer's pending email change (what the mail link
   * carries), or `undefined` when there is none. A new request replaces the earlier token.
   */
  emailChangeToken(token: string): string | undefined;
  /** From now on the confirmation `emailToken` is refused as expired (400 `token_expired`). */
  expireEmailChangeToken(emailToken: string): void;
  /** From now on `token` gets the 401 "Access Token expired" fault. */
  expireToken(token: string): void;
  /** Makes `token` a second token for the customer of `sameAs` (e.g. a refreshed token). Throws if `sameAs` is unknown. */
  addToken(token: string, sameAs: string): void;
  readonly faults: ProfileApiFaults;
  /** Every request that reached the mock, oldest first (a fresh copy on each read). */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
}
