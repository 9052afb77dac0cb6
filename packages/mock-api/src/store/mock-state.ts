import type { CustomerSeed } from '../fixtures/customer-seed.js';
import type { MockAddress, MockCustomer } from '../fixtures/mock-customer.js';
import { mockTokens } from '../fixtures/mock-tokens.js';
import { type CredentialStore, createCredentialStore } from './credential-store.js';

/** What the mock knows about a bearer token. */
export type TokenLookup =
  | { kind: 'unknown' }
  | { kind: 'expired' }
  | { kind: 'customer'; profile: MockCustomer; anonymous: boolean };

/** The customers and tokens of one mock instance. */
export interface MockState {
  /** Passwords and email-change tokens; `seed` replaces them too. */
  readonly credentials: CredentialStore;
  /** Replaces every customer, token, expired token and credential. */
  seed(customers: readonly CustomerSeed[]): void;
  /** How a request with this token is treated; the profile is a copy. */
  lookup(token: string): TokenLookup;
  /** A copy of the profile of the token's customer, even when the token has expired. */
  profileFor(token: string): MockCustomer | undefined;
  /** Stores `update`'s result for the token's customer with `metadata.version` bumped by 1. */
  write(token: string, update: (profile: MockCustomer) => MockCustomer): void;
  /**
   * Stores `update`'s result as the addresses of the token's customer, and the one marked
   * `isDefault` (if any) as `defaultAddress`. The profile's `metadata.version` stays: an
   * address has a version of its own, so an address change does not fail a profile save.
   */
  writeAddresses(token: string, update: (addresses: MockAddress[]) => MockAddress[]): void;
  /** An address id no stored address has, in the form of the seeded ones (24 hex digits). */
  nextAddressId(): string;
  addToken(token: string, sameAs: string): void;
  expireToken(token: string): void;
}

interface StoredCustomer {
  profile: MockCustomer;
  anonymous: boolean;
}

/**
 * Creates the state of one mock. Customers are keyed by `profile.id`, so seed entries
 * (and `addToken` tokens) with the same id share one stored profile; the last entry wins.
 *
 * @example
 * ```ts
 * const state = createMockState();
 * state.seed([{ token: 't', profile: mockProfiles.b2cCustomer }]);
 * ```
 */
export function createMockState(): MockState {
  const customers = new Map<string, StoredCustomer>();
  const tokens = new Map<string, string>();
  const expired = new Set<string>();
  let addressCount = 0;
  const credentials = createCredentialStore();

  function customerOf(token: string): StoredCustomer | undefined {
    const id = tokens.get(token);
    return id === undefined ? undefined : customers.get(id);
  }

  return {
    credentials,
    seed(seeds) {
      credentials.seed(seeds);
      customers.clear();
      tokens.clear();
      expired.clear();
      addressCount = 0;
      for (const { token, profile, anonymous } of seeds) {
        customers.set(profile.id, {
          profile: structuredClone(profile),
          anonymous: anonymous ?? profile.customerNumber === '00000000',
        });
        tokens.set(token, profile.id);
      }
    },
    lookup(token) {
      if (token === mockTokens.expired || expired.has(token)) {
        return { kind: 'expired' };
      }
      const customer = customerOf(token);
      return customer === undefined
        ? { kind: 'unknown' }
        : {
            kind: 'customer',
            profile: structuredClone(customer.profile),
            anonymous: customer.anonymous,
          };
    },
    profileFor(token) {
      const customer = customerOf(token);
      return customer === undefined ? undefined : structuredClone(customer.profile);
    },
    write(token, update) {
      const customer = customerOf(token);
      if (customer === undefined) {
        throw new Error('No customer is seeded for this token.');
      }
      const version = (customer.profile.metadata?.version ?? 0) + 1;
      const next = structuredClone(update(structuredClone(customer.profile)));
      customer.profile = { ...next, metadata: { ...next.metadata, version } };
    },
    writeAddresses(token, update) {
      const customer = customerOf(token);
      if (customer === undefined) {
        throw new Error('No customer is seeded for this token.');
      }
      const { defaultAddress: _old, ...profile } = customer.profile;
      const addresses = structuredClone(update(structuredClone(profile.addresses ?? [])));
      const defaultAddress = addresses.find((address) => address.isDefault === true);
      customer.profile = { ...profile, addresses, ...(defaultAddress && { defaultAddress }) };
    },
    nextAddressId() {
      const taken = new Set(
        [...customers.values()].flatMap(({ profile }) => profile.addresses?.map((a) => a.id) ?? []),
      );
      let id: string;
      do {
        addressCount += 1;
        id = `a11d7e55${addressCount.toString(16).padStart(16, '0')}`;
      } while (taken.has(id));
      return id;
    },
    addToken(token, sameAs) {
      const id = tokens.get(sameAs);
      if (id === undefined) {
        throw new Error('addToken: no customer is seeded for the `sameAs` token.');
      }
      tokens.set(token, id);
      expired.delete(token);
    },
    expireToken(token) {
      expired.add(token);
    },
  };
}
