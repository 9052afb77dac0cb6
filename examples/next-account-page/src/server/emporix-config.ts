import { defaultBaseUrl, tenantSchema } from '@profile-kit/hooks';

/**
 * Where this server finds the Emporix API, from its environment (read per request, so one
 * `next build` runs against any API): `EMPORIX_API_URL` (default the real API) and
 * `EMPORIX_TENANT`. Server-only: the browser talks to this app's proxy, never to the API.
 */
export function emporixConfig() {
  const apiUrl = (process.env.EMPORIX_API_URL ?? defaultBaseUrl).replace(/\/+$/, '');
  const tenant = tenantSchema.parse(process.env.EMPORIX_TENANT ?? 'demo');
  return { apiUrl, tenant };
}
