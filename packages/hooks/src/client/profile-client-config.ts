import * as z from 'zod/mini';
import { tenantSchema } from '../schema/tenant-schema.js';

/**
 * The current access token, and — better — whose it is: the same `session` the
 * `ProfileKitProvider` gets. With it, no request of one session ever goes out with another
 * session's token, however the switch is timed. Nothing while nobody is signed in.
 */
export type AccessToken =
  | string
  | null
  | undefined
  | { token: string | null | undefined; session: string | null };

/** Where the client asks for the token, before every request. */
export type AccessTokenSource = () => AccessToken | Promise<AccessToken>;

/** Configuration for {@link createProfileClient}. */
export interface ProfileClientConfig {
  /** The Emporix tenant, e.g. `mystore`. Validated against the contract before any request. */
  tenant: string;
  /**
   * Origin (`https://api.emporix.io`, the default) or same-origin path prefix (`/emporix`)
   * the API is served under.
   */
  baseUrl?: string;
  /**
   * Returns the current customer or anonymous access token, best as `{ token, session }`.
   * Called for every request.
   */
  getAccessToken: AccessTokenSource;
  /**
   * Tells the client when `getAccessToken` would give another token, so a request waiting
   * for the source to catch up with its session reads again at once instead of every
   * 25 ms. Returns the unsubscribe. {@link createAccessTokenStore} gives both.
   */
  subscribeAccessToken?: (onChange: () => void) => () => void;
  /**
   * Called once when a request answers 401 — shared by every request in flight. Obtain a
   * new token; either resolve with it (a string, or `{ token, session }`: used only for that
   * session) or make `getAccessToken` return it.
   */
  refreshAccessToken?: () => Promise<unknown>;
  /** A `fetch` to use instead of the global one (tests, SSR, instrumentation). */
  fetch?: typeof fetch;
  /**
   * The longest each step of a call may take — reading the token, the request with its
   * whole body, waiting for a refresh, the retry — before it ends as `timeout`. Default
   * 15 000 ms.
   */
  timeoutMs?: number;
}

export const defaultBaseUrl = 'https://api.emporix.io';
export const defaultTimeoutMs = 15_000;

// `new URL`, not `URL.canParse`: that one is missing before Safari 17 and Chrome 120, where
// it would throw in every request of the kit.
function parsesAsUrl(value: string): boolean {
  try {
    return new URL(value) !== undefined;
  } catch {
    return false;
  }
}

// A same-origin path, or an https origin (and path) that parses as a URL — plain http only
// on this machine, as the bearer token would otherwise cross a network in clear text;
// never credentials, a query or a hash, which would end up in every request. Never a
// backslash or whitespace either: URL parsing turns `/\host` into `//host`, another origin.
const baseUrlSchema = z.pipe(
  z
    .string()
    .check(
      z.refine(
        (value) =>
          !/[\\\s]/.test(value) &&
          (value[0] === '/'
            ? !/^\/\/|[?#]/.test(value)
            : parsesAsUrl(value) &&
              /^(https:\/\/[^/?#@]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?)(\/[^?#]*)?$/i.test(
                value,
              )),
        'Use an https origin (http only for localhost) or a /path, without credentials, query or hash.',
      ),
    ),
  z.transform((value: string) => value.replace(/\/+$/, '')),
);

/** The parts of the config that can be wrong; checked once when the client is created. */
export const profileClientSettingsSchema = z.object({
  tenant: tenantSchema,
  baseUrl: z._default(baseUrlSchema, defaultBaseUrl),
  timeoutMs: z._default(z.int().check(z.positive(), z.maximum(600_000)), defaultTimeoutMs),
});

export type ProfileClientSettings = z.output<typeof profileClientSettingsSchema>;
