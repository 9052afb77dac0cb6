import type { CustomerSeed } from '../fixtures/customer-seed.js';

/** A requested email change, waiting for its token to come back (`…/email/change/confirm`). */
export interface PendingEmailChange {
  customerId: string;
  /** A token of the customer who asked, to store the change with (it may expire meanwhile). */
  customerToken: string;
  /** The sign-in email the request named: the account that changes. */
  email: string;
  newEmail: string;
  syncContactEmail: boolean;
}

/** What a confirmation token stands for now. */
export type EmailTokenLookup =
  | { kind: 'pending'; change: PendingEmailChange }
  | { kind: 'expired' }
  | { kind: 'unknown' };

/** The passwords and email-change tokens of one mock's customers, keyed by `profile.id`. */
export interface CredentialStore {
  /** Replaces every password and forgets every token. */
  seed(customers: readonly CustomerSeed[]): void;
  passwordMatches(customerId: string, password: string): boolean;
  setPassword(customerId: string, password: string): void;
  /** A new token for the change; an earlier one of the same customer stops working. */
  requestEmailChange(change: PendingEmailChange): string;
  /** The customer's current confirmation token (what the mail link would carry). */
  emailChangeToken(customerId: string): string | undefined;
  lookupEmailToken(token: string): EmailTokenLookup;
  /** The token is used up: it answers like an unknown one from now on. */
  consumeEmailToken(token: string): void;
  /** The token answers as expired from now on. */
  expireEmailToken(token: string): void;
}

// 64 URL-safe characters, like the contract's example token.
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates the credential state of one mock. Passwords are kept in memory only, as given
 * in the seed: the mock stands in for the server, it never hands them out.
 *
 * @example
 * ```ts
 * const credentials = createCredentialStore();
 * credentials.seed([{ token: 't', profile, password: 'secret' }]);
 * ```
 */
export function createCredentialStore(): CredentialStore {
  const passwords = new Map<string, string>();
  const pending = new Map<string, PendingEmailChange>();
  const expired = new Set<string>();

  const tokenOf = (customerId: string) =>
    [...pending].find(([, change]) => change.customerId === customerId)?.[0];

  return {
    seed(customers) {
      passwords.clear();
      pending.clear();
      expired.clear();
      for (const { profile, password } of customers) {
        if (password === undefined) passwords.delete(profile.id);
        else passwords.set(profile.id, password);
      }
    },
    passwordMatches(customerId, password) {
      const stored = passwords.get(customerId);
      return stored !== undefined && stored === password;
    },
    setPassword(customerId, password) {
      passwords.set(customerId, password);
    },
    requestEmailChange(change) {
      const earlier = tokenOf(change.customerId);
      if (earlier !== undefined) pending.delete(earlier);
      const token = randomToken();
      pending.set(token, { ...change });
      return token;
    },
    emailChangeToken(customerId) {
      const token = tokenOf(customerId);
      return token === undefined || expired.has(token) ? undefined : token;
    },
    lookupEmailToken(token) {
      if (expired.has(token)) return { kind: 'expired' };
      const change = pending.get(token);
      return change === undefined
        ? { kind: 'unknown' }
        : { kind: 'pending', change: { ...change } };
    },
    consumeEmailToken(token) {
      pending.delete(token);
      expired.delete(token);
    },
    expireEmailToken(token) {
      if (pending.has(token)) expired.add(token);
    },
  };
}
