import { defaultBaseUrl, defaultTenant, mockTokens, type ProfileApiMock } from '../../src/index.js';

/** The URL of `/me/addresses` plus `path` (`/{id}`, `/{id}/tags?tags=A`) on the default mock. */
export function addressUrl(path = '', tenant: string = defaultTenant): string {
  return `${defaultBaseUrl}/customer/${tenant}/me/addresses${path}`;
}

/**
 * One request on an address path through `mock.fetch`: a JSON `body` when given (or a raw
 * string); `token: null` sends no Authorization header.
 */
export function callAddresses(
  mock: ProfileApiMock,
  method: string,
  path = '',
  options: { body?: unknown; token?: string | null; tenant?: string; contentType?: string } = {},
): Promise<Response> {
  const token = options.token === undefined ? mockTokens.customer : options.token;
  const headers: Record<string, string> =
    token === null ? {} : { Authorization: `Bearer ${token}` };
  const { body } = options;
  if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  return mock.fetch(addressUrl(path, options.tenant), {
    method,
    headers,
    ...(body !== undefined && {
      body: new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body)),
    }),
  });
}
