import { defaultBaseUrl, defaultTenant, mockTokens, type ProfileApiMock } from '../../src/index.js';

/** The contract's credential paths, relative to `/customer/{tenant}`. */
export const credentialPaths = {
  emailChange: '/me/accounts/internal/email/change',
  emailConfirm: '/me/accounts/internal/email/change/confirm',
  passwordChange: '/password/change',
} as const;

export type CredentialPath = keyof typeof credentialPaths;

/**
 * A POST (or `method`) on a credential path through `mock.fetch` with a JSON body. The
 * token defaults to the one the contract asks for: anonymous for the confirm call, the
 * customer's otherwise; `token: null` sends none.
 */
export function callCredentials(
  mock: ProfileApiMock,
  path: CredentialPath,
  body?: unknown,
  options: { token?: string | null; tenant?: string; method?: string } = {},
): Promise<Response> {
  const fallback = path === 'emailConfirm' ? mockTokens.anonymous : mockTokens.customer;
  const token = options.token === undefined ? fallback : options.token;
  const headers: Record<string, string> =
    token === null ? {} : { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const url = `${defaultBaseUrl}/customer/${options.tenant ?? defaultTenant}${credentialPaths[path]}`;
  return mock.fetch(url, {
    method: options.method ?? 'POST',
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}
