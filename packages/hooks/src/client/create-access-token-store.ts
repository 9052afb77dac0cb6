import type { AccessToken } from './profile-client-config.js';

/** A token source that notifies the client on change: see {@link createAccessTokenStore}. */
export interface AccessTokenStore {
  getAccessToken(): AccessToken;
  subscribeAccessToken(onChange: () => void): () => void;
  /** Sets the token (best with whose it is, `{ token, session }`) and tells the client. */
  setAccessToken(token: AccessToken): void;
}

/**
 * The customer's token in memory, with the change notifications the client waits on
 * during a sign-in or a switch of customer: spread it into the client's config and call
 * `setAccessToken` from your sign-in code. Nothing is stored anywhere else.
 *
 * @example
 * const tokens = createAccessTokenStore();
 * const client = createProfileClient({ tenant: 'mystore', ...tokens });
 * onSignIn((auth) => tokens.setAccessToken({ token: auth.accessToken, session: auth.customerNumber }));
 */
export function createAccessTokenStore(initial: AccessToken = null): AccessTokenStore {
  let current: AccessToken = initial;
  const listeners = new Set<() => void>();
  return {
    getAccessToken: () => current,
    subscribeAccessToken(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    setAccessToken(token) {
      current = token;
      for (const listener of [...listeners]) listener();
    },
  };
}
