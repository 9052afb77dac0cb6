/** Where the page gets its profile from. */
export type ApiMode =
  | { kind: 'real'; baseUrl: string; tenant: string; token: string; anonymousToken?: string }
  | { kind: 'mock' };

/**
 * Real-API mode when all three variables are set (at dev time or at `vite build` time);
 * otherwise the embedded mock. Half a configuration is a mistake worth saying out loud.
 */
export function readApiMode(env: ImportMetaEnv): ApiMode {
  const {
    VITE_EMPORIX_API_URL: baseUrl,
    VITE_EMPORIX_TENANT: tenant,
    VITE_EMPORIX_TOKEN: token,
  } = env;
  // Optional: the storefront's anonymous token, for the page the email-change mail links to.
  const anonymousToken = env.VITE_EMPORIX_ANONYMOUS_TOKEN || undefined;
  if (baseUrl && tenant && token) {
    return { kind: 'real', baseUrl, tenant, token, ...(anonymousToken && { anonymousToken }) };
  }
  if (baseUrl || tenant || token) {
    console.warn(
      'profile-kit example: set VITE_EMPORIX_API_URL, VITE_EMPORIX_TENANT and VITE_EMPORIX_TOKEN together for real-API mode; using the embedded mock.',
    );
  }
  return { kind: 'mock' };
}
