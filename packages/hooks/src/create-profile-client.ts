import { createAccessTokenRefresher } from './access-token-refresher.js';
import { type CustomerProfile, customerProfileSchema } from './customer-profile-schema.js';
import { type ApiAnswer, errorFromResponse } from './error-from-response.js';
import { fetchWithDeadline } from './fetch-with-deadline.js';
import { fieldErrorsFromZod } from './field-errors-from-zod.js';
import { isAnonymousProfile } from './is-anonymous-profile.js';
import type { ProfileClientConfig } from './profile-client-config.js';
import { profileClientSettingsSchema } from './profile-client-config.js';
import { normalizeExpand, type ProfileExpand, profileExpandListSchema } from './profile-expand.js';
import { ProfileKitError } from './profile-kit-error.js';
import { type ProfilePatch, profilePatchSchema } from './profile-patch-schema.js';

export interface GetProfileOptions {
  /** Extra data to include: `addresses`, `mixin:*`, `mixin:<name>`. */
  expand?: readonly ProfileExpand[];
  signal?: AbortSignal;
}

export interface UpdateProfileOptions {
  signal?: AbortSignal;
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
  const configError = settings.success
    ? undefined
    : new ProfileKitError('config', 'profile-kit: invalid client configuration.', {
        fieldErrors: fieldErrorsFromZod(settings.error),
      });
  const fetchImpl = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokens = createAccessTokenRefresher(config.getAccessToken, config.refreshAccessToken);
  // Kept in memory only, to refuse a PATCH the API is known to forbid without sending it.
  let anonymousToken: string | undefined;

  function endpoint(expand: readonly ProfileExpand[]): string {
    if (!settings.success) throw configError;
    const { baseUrl, tenant } = settings.data;
    const query = expand.length > 0 ? `?${new URLSearchParams({ expand: expand.join(',') })}` : '';
    return `${baseUrl}/customer/${tenant}/me${query}`;
  }

  function attempt(url: string, init: RequestInit, signal: AbortSignal | undefined, token: string) {
    return fetchWithDeadline(
      url,
      { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } },
      { fetch: fetchImpl, timeoutMs: settings.data?.timeoutMs ?? 0, signal, secret: token },
    );
  }

  /** One request, retried once with a refreshed token after a 401; non-2xx becomes an error. */
  async function exchange(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    refuse?: (token: string) => ProfileKitError | undefined,
  ): Promise<{ answer: ApiAnswer; token: string }> {
    const grant = await tokens.current();
    let token = grant.token;
    if (!token) throw new ProfileKitError('unauthorized', 'No access token: sign in first.');
    const refusal = refuse?.(token);
    if (refusal) throw refusal;
    let answer = await attempt(url, init, signal, token);
    if (answer.status === 401) {
      const fresh = await tokens.refreshAfter(grant);
      if (fresh?.token) {
        token = fresh.token;
        answer = await attempt(url, init, signal, token);
      }
    }
    if (answer.status < 200 || answer.status > 299) throw errorFromResponse(answer, token);
    return { answer, token };
  }

  return {
    tenant: config.tenant,

    async getProfile({ expand = [], signal } = {}) {
      const expandCheck = profileExpandListSchema.safeParse(expand);
      if (!expandCheck.success) {
        throw new ProfileKitError('invalid-input', 'Unknown expand value.', {
          fieldErrors: fieldErrorsFromZod(expandCheck.error, 'expand'),
        });
      }
      const url = endpoint(normalizeExpand(expandCheck.data));
      const { answer, token } = await exchange(
        url,
        { method: 'GET', headers: { Accept: 'application/json' } },
        signal,
      );
      const profile = customerProfileSchema.safeParse(answer.body);
      if (!profile.success) throw new ProfileKitError('invalid-response');
      anonymousToken = isAnonymousProfile(profile.data) ? token : undefined;
      return profile.data;
    },

    async updateProfile(patch, { signal } = {}) {
      const url = endpoint([]);
      const parsed = profilePatchSchema.safeParse(patch);
      if (!parsed.success) {
        throw new ProfileKitError('invalid-input', undefined, {
          fieldErrors: fieldErrorsFromZod(parsed.error),
        });
      }
      await exchange(
        url,
        {
          method: 'PATCH',
          headers: { Accept: 'application/json', 'Content-Type': 'application/merge-patch+json' },
          body: JSON.stringify(parsed.data),
        },
        signal,
        (token) =>
          token === anonymousToken
            ? new ProfileKitError(
                'forbidden',
                'An anonymous visitor cannot change a profile; sign in first.',
              )
            : undefined,
      );
    },
  };
}
