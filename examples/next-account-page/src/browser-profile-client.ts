import { createProfileClient } from '@profile-kit/hooks';
import { proxyBasePath } from './proxy-base-path';

/**
 * What the browser's client sends as its "token": not a secret, only a marker that the
 * proxy replaces with the customer's real token from the httpOnly cookie. The kit sends
 * nothing without a token, so the browser needs one; this is it.
 */
export const proxyTokenPlaceholder = 'added-by-proxy';

/**
 * The browser's profile client: same-origin requests to this app's proxy route, which adds
 * the Authorization header on the server. The real token never exists in the browser.
 */
export function createBrowserProfileClient(tenant: string, session: string | null) {
  return createProfileClient({
    tenant,
    baseUrl: proxyBasePath,
    getAccessToken: () => ({ token: session ? proxyTokenPlaceholder : null, session }),
  });
}
