import { apiPath } from './api-path.js';

/**
 * The msw path pattern of `/customer/{tenant}/me` under `baseUrl` (see `apiPath`).
 *
 * @example
 * ```ts
 * profilePath('https://api.emporix.io'); // 'https://api.emporix.io/customer/:tenant/me'
 * ```
 */
export function profilePath(baseUrl: string): string {
  return apiPath(baseUrl, '/customer/:tenant/me');
}

/** The msw path patterns of the address paths under `baseUrl`, in the order of the routes. */
export function addressPaths(baseUrl: string): { list: string; item: string; tags: string } {
  const addresses = `${profilePath(baseUrl)}/addresses`;
  return { list: addresses, item: `${addresses}/:addressId`, tags: `${addresses}/:addressId/tags` };
}

/** The msw path patterns of the credential paths under `baseUrl` (password change is not under `/me`). */
export function credentialPaths(baseUrl: string): {
  emailChange: string;
  emailConfirm: string;
  passwordChange: string;
} {
  const emailChange = `${profilePath(baseUrl)}/accounts/internal/email/change`;
  return {
    emailChange,
    emailConfirm: `${emailChange}/confirm`,
    passwordChange: apiPath(baseUrl, '/customer/:tenant/password/change'),
  };
}
