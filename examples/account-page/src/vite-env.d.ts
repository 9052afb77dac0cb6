/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Real-API mode: the API origin, e.g. https://api.emporix.io. */
  readonly VITE_EMPORIX_API_URL?: string;
  /** Real-API mode: the tenant. */
  readonly VITE_EMPORIX_TENANT?: string;
  /** Real-API mode: a customer (or anonymous) access token. */
  readonly VITE_EMPORIX_TOKEN?: string;
  /** Real-API mode, optional: an anonymous token, for the email-change confirmation page. */
  readonly VITE_EMPORIX_ANONYMOUS_TOKEN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
