import { type CustomerProfile, customerProfileSchema } from '../schema/customer-profile-schema.js';
import { isAnonymousProfile } from '../schema/is-anonymous-profile.js';
import {
  normalizeExpand,
  type ProfileExpand,
  profileExpandOptionSchema,
} from '../schema/profile-expand.js';
import type { ProfilePatch } from '../schema/profile-patch-schema.js';
import { errorFromResponse } from './error-from-response.js';
import { errorFromZod } from './error-from-zod.js';
import { fetchWithDeadline } from './fetch-with-deadline.js';
import { parseProfilePatch } from './parse-profile-patch.js';
import type { ProfileClientConfig } from './profile-client-config.js';
import { profileClientSettingsSchema } from './profile-client-config.js';
import { isProfileKitError, ProfileKitError } from './profile-kit-error.js';
import { withDeadline } from './with-deadline.js';

export interface UpdateProfileOptions {
  signal?: AbortSignal;
  /**
   * The session the request is for. When the token source says whose token it has
   * (`{ token, session }`) and that is someone else, the request waits for the source to
   * catch up and is never sent with the other session's token (`timeout` or `aborted`).
   */
  session?: string | null | undefined;
}

export interface GetProfileOptions extends UpdateProfileOptions {
  /** Extra data to include: `addresses`, `mixin:*`, `mixin:<name>`. */
  expand?: readonly ProfileExpand[];
}

/** A framework-free client for `GET` and `PATCH /customer/{tenant}/me`. */
export interface ProfileClient {
  /** The tenant as configured (validated on every call). */
  readonly tenant: string;
  /** Reads the signed-in (or anonymous) customer's profile. */
  getProfile(options?: GetProfileOptions): Promise<CustomerProfile>;
  /** Changes the profile; sends only the fields in `patch`. Resolves with nothing: the API answers no body. */
  updateProfile(patch: ProfilePatch, options?: UpdateProfileOptions): Promise<void>;
}

/**
 * Creates the client for one tenant. Every call validates the configuration, the input
 * and the answer, and rejects only with a {@link ProfileKitError}; nothing is sent when
 * the tenant or the patch is invalid. A 401 triggers one shared `refreshAccessToken` and
 * one retry per request.
 *
 * @example
 * const client = createProfileClient({
 *   tenant: 'mystore',
 *   getAccessToken: () => session.customerToken,
 *   refreshAccessToken: () => session.refresh(),
 * });
 * const profile = await client.getProfile({ expand: ['addresses'] });
 * await client.updateProfile({ preferredCurrency: 'EUR', metadata: { version: profile.metadata?.version ?? 1 } });
 */
export function createProfileClient(config: ProfileClientConfig): ProfileClient {
  const settings = profileClientSettingsSchema.safeParse(config);
  const { getAccessToken, refreshAccessToken } = config;
  // One refresh for a burst of 401s: a 401 joins the refresh in flight, and a 401 for a
  // token read before the last refresh ended just retries with the current token. It
  // settles with whether it worked, never rejects: nobody may be left to handle a failure.
  let refresh: Promise<boolean | 'timeout'> | undefined;
  let refreshes = 0;
  // Kept in memory only, to refuse a PATCH the API is known to forbid without sending it.
  let anonymousToken: string | undefined;
  // In memory only: a token the refresher resolved with serves later requests while the
  // source still gives the one it replaced; once it gives another, it is forgotten.
  let replacement: [given: string, token: string] | undefined;

  /**
   * What the host's token source gives, and the token to send for it. When the source says
   * whose token it has and that is not the request's session, it waits for the source to
   * catch up — a switch is under way — until the deadline or an abort ends the call: a
   * request is never sent with another session's token. A source that throws is treated
   * as signed out.
   */
  async function readToken(session: string | null | undefined, deadline?: AbortSignal) {
    let given: string | null | undefined;
    let owner: string | null | undefined;
    for (;;) {
      owner = undefined;
      given = undefined;
      try {
        const source = await getAccessToken();
        [given, owner] =
          typeof source === 'object' && source ? [source.token, source.session] : [source];
      } catch {}
      if (owner === undefined || session === undefined || owner === session) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
      if (deadline?.aborted) throw new ProfileKitError('aborted');
    }
    // A blank token is no token: never a bare `Bearer ` header.
    if (!given?.trim()) given = undefined;
    if (given !== replacement?.[0]) replacement = undefined;
    return [given, replacement?.[1] ?? given, owner] as const;
  }

  /** One request, retried once with a refreshed token after a 401; non-2xx becomes an error. */
  async function send(
    init: RequestInit,
    { signal, session }: UpdateProfileOptions,
    expand: readonly string[] = [],
  ) {
    if (!settings.success) throw errorFromZod('config', settings.error);
    const { baseUrl, tenant, timeoutMs } = settings.data;
    // Expand values are validated to URL-safe characters, so they need no encoding.
    const url = `${baseUrl}/customer/${tenant}/me${expand[0] ? `?expand=${expand.join(',')}` : ''}`;
    // Bounded like a request: a token source that never answers cannot hold the call.
    const [given, token] = await withDeadline(
      (deadline) => readToken(session, deadline),
      timeoutMs,
      signal,
    );
    // After the read, which can wait: a refresh that ended during it is not this token's.
    const readAfter = refreshes;
    if (!given || !token) throw new ProfileKitError('unauthorized');
    // Only the PATCH sets a method; the API forbids it for a token it answered as anonymous.
    if (init.method && token === anonymousToken) throw new ProfileKitError('forbidden');
    const attempt = (bearer: string) =>
      fetchWithDeadline(url, init, bearer, timeoutMs, signal, config.fetch);
    let answer = await attempt(token);
    let used = token;
    if (answer.status === 401 && refreshAccessToken) {
      if (!refresh && readAfter === refreshes) {
        // Bounded too: a refresher that never settles must not block every later refresh.
        refresh = withDeadline(
          async (deadline) => {
            const answer = await refreshAccessToken();
            // The new token for the one that failed (a string, or `{ token, session }` of its
            // session), unless the source has moved on (it has the new token, or someone else
            // signed in) or this refresh was given up (a later one may have installed a newer).
            const { token: refreshed, session: whose } = (
              typeof answer === 'object' && answer ? answer : { token: answer }
            ) as { token?: unknown; session?: unknown };
            if (!deadline.aborted && typeof refreshed === 'string' && refreshed.trim()) {
              const [current, , owner] = await readToken(undefined);
              if (current === given && (whose === undefined || whose === owner)) {
                replacement = [given, refreshed];
              }
            }
            return true;
          },
          timeoutMs,
          undefined,
        )
          // A refresher that outlives the deadline says nothing about the session: the calls
          // waiting on it end as `timeout`, not as a 401 that would sign the customer out.
          .catch((error: unknown) => (isProfileKitError(error, 'timeout') ? 'timeout' : false))
          .finally(() => {
            refreshes += 1;
            refresh = undefined;
          });
      }
      // Bounded like a request, so a refresh that never ends cannot hold the call; a refresh
      // that fails leaves no new token, and the 401 stands.
      const [, fresh] = await withDeadline(
        async (deadline) => {
          const refreshed = await (refresh ?? true);
          if (refreshed === 'timeout') throw new ProfileKitError('timeout');
          return refreshed ? readToken(session, deadline) : [];
        },
        timeoutMs,
        signal,
      );
      if (fresh) {
        used = fresh;
        answer = await attempt(fresh);
      }
    }
    if (answer.status > 299 || answer.status < 200) throw errorFromResponse(answer, used);
    return { body: answer.body, token: used };
  }

  return {
    tenant: config.tenant,

    async getProfile({ expand = [], ...options } = {}) {
      const checked = profileExpandOptionSchema.safeParse({ expand });
      if (!checked.success) throw errorFromZod('invalid-input', checked.error);
      const { body, token } = await send({}, options, normalizeExpand(checked.data.expand));
      const profile = customerProfileSchema.safeParse(body);
      if (!profile.success) throw new ProfileKitError('invalid-response');
      anonymousToken = isAnonymousProfile(profile.data) ? token : undefined;
      return profile.data;
    },

    async updateProfile(patch, options = {}) {
      await send(
        {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/merge-patch+json' },
          body: JSON.stringify(parseProfilePatch(patch)),
        },
        options,
      );
    },
  };
}
