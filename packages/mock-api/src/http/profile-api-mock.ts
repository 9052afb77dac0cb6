import type { HttpHandler } from 'msw';
import type { MockCustomer } from '../fixtures/mock-customer.js';
import type { RecordedRequest } from './recorded-request.js';

/** One seeded customer: the bearer token that identifies them and their stored profile. */
export interface CustomerSeed {
  token: string;
  profile: MockCustomer;
  /**
   * Whether the token is an anonymous one (GET allowed, PATCH answered 403).
   * Defaults to `profile.customerNumber === '00000000'`, as for the contract's anonymous example.
   */
  anonymous?: boolean;
}

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
}

/** Options of `faults.failNext`. */
export interface FailNextOptions {
  /** How many matching requests fail. Defaults to 1. */
  count?: number;
  /**
   * Response body. Strings are sent as they are (`text/plain` unless `headers` say
   * otherwise); anything else as JSON. Defaults to the contract's body for that status.
   */
  body?: unknown;
  /** Extra or overriding response headers. */
  headers?: Record<string, string>;
  /** Only requests with this method count (a HEAD is not a GET here); others pass through. */
  method?: 'GET' | 'PATCH';
}

/** Options of `faults.networkErrorNext`. */
export interface NetworkErrorOptions {
  /** How many matching requests fail. Defaults to 1. */
  count?: number;
  /** Only requests with this method count (a HEAD is not a GET here); others pass through. */
  method?: 'GET' | 'PATCH';
}

/**
 * Fault injection. Faults are checked in this order: network error, `failNext`, latency;
 * only for requests with a method the API serves (GET, HEAD, PATCH), so a 405 uses none up.
 */
export interface ProfileApiFaults {
  /** Delays every normally handled response by `ms` (msw `delay`); `0` clears it. */
  latency(ms: number | 'infinite'): void;
  /** The next `count` matching requests answer `status`. Calls queue up in order. */
  failNext(status: number, options?: FailNextOptions): void;
  /** The next `count` matching requests fail like a dropped connection. */
  networkErrorNext(options?: NetworkErrorOptions): void;
  /** Removes every pending fault and the latency. */
  clear(): void;
}

/** A stateful stand-in for `GET`/`PATCH /customer/{tenant}/me`; see `createProfileApiMock`. */
export interface ProfileApiMock {
  /** msw handlers for GET, PATCH and a catch-all (HEAD like GET, other methods 405) on the profile path. */
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
  /** Back to the initial seed; also clears faults and the request log. */
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
  /** From now on `token` gets the 401 "Access Token expired" fault. */
  expireToken(token: string): void;
  /** Makes `token` a second token for the customer of `sameAs` (e.g. a refreshed token). Throws if `sameAs` is unknown. */
  addToken(token: string, sameAs: string): void;
  readonly faults: ProfileApiFaults;
  /** Every request that reached the mock, oldest first (a fresh copy on each read). */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
}
