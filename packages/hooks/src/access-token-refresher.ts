import type { ProfileClientConfig } from './profile-client-config.js';

export interface TokenGrant {
  token: string | undefined;
  /** Which refresh the token came after; tells a late 401 whether a refresh already happened. */
  generation: number;
}

/**
 * Hands out access tokens and, after a 401, refreshes them — once for every request in
 * flight: concurrent 401s join the same refresh, and a 401 for a token older than the
 * last refresh just retries with the current one.
 */
export function createAccessTokenRefresher(
  getAccessToken: ProfileClientConfig['getAccessToken'],
  refreshAccessToken: ProfileClientConfig['refreshAccessToken'],
) {
  let generation = 0;
  let refreshing: Promise<string | undefined> | undefined;

  async function current(): Promise<TokenGrant> {
    const token = (await getAccessToken()) || undefined;
    return { token, generation };
  }

  /** A fresh grant to retry with, or `undefined` when no refresh is possible or it failed. */
  async function refreshAfter(stale: TokenGrant): Promise<TokenGrant | undefined> {
    if (!refreshAccessToken) return undefined;
    if (stale.generation !== generation && !refreshing) return current();
    refreshing ??= (async () => {
      try {
        const refreshed = await refreshAccessToken();
        return typeof refreshed === 'string' && refreshed ? refreshed : undefined;
      } finally {
        generation += 1;
        refreshing = undefined;
      }
    })();
    try {
      const refreshed = await refreshing;
      return refreshed ? { token: refreshed, generation } : await current();
    } catch {
      return undefined;
    }
  }

  return { current, refreshAfter };
}
