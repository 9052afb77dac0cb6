import { defaultBaseUrl, defaultTenant, mockTokens, type ProfileApiMock } from '../../src/index.js';

/** The profile URL of the default mock. */
export function meUrl(tenant: string = defaultTenant, search = ''): string {
  return `${defaultBaseUrl}/customer/${tenant}/me${search}`;
}

/** `GET /me` through `mock.fetch`; `token: null` sends no Authorization header. */
export function getMe(
  mock: ProfileApiMock,
  options: { token?: string | null; tenant?: string; search?: string } = {},
): Promise<Response> {
  const token = options.token === undefined ? mockTokens.customer : options.token;
  return mock.fetch(meUrl(options.tenant, options.search), {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

/**
 * `PATCH /me` through `mock.fetch` with a JSON body (or a raw string body, or no body at all
 * for `undefined`); `contentType: null` sends no Content-Type.
 */
export function patchMe(
  mock: ProfileApiMock,
  body: unknown,
  options: { token?: string; tenant?: string; contentType?: string | null } = {},
): Promise<Response> {
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  const headers: Record<string, string> = {
    Authorization: `Bearer ${options.token ?? mockTokens.customer}`,
  };
  if (contentType !== null) {
    headers['Content-Type'] = contentType;
  }
  return mock.fetch(meUrl(options.tenant), {
    method: 'PATCH',
    headers,
    // Bytes, unlike a string, make fetch send no Content-Type of its own.
    ...(body === undefined
      ? {}
      : { body: new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body)) }),
  });
}
