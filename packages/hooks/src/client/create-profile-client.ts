import { type CustomerProfile, customerProfileSchema } from '../schema/customer-profile-schema.js';
import { isAnonymousProfile } from '../schema/is-anonymous-profile.js';
import {
  normalizeExpand,
  type ProfileExpand,
  profileExpandOptionSchema,
} from '../schema/profile-expand.js';
import type { ProfilePatch } from '../schema/profile-patch-schema.js';
import {
  createRequestSender,
  type RequestOptions,
  type RequestPath,
} from './create-request-sender.js';
import { errorFromZod } from './error-from-zod.js';
import { parseProfilePatch } from './parse-profile-patch.js';
import type { ProfileClientConfig } from './profile-client-config.js';
import { ProfileKitError } from './profile-kit-error.js';

/** Options of {@link ProfileClient.updateProfile}. */
export type UpdateProfileOptions = RequestOptions;

export interface GetProfileOptions extends RequestOptions {
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
  /**
   * Sends a request to another endpoint of the same API with the client's token, refresh,
   * deadline and errors, and resolves with the parsed JSON body (`undefined` for none).
   * The body is not validated: parse it with a schema.
   *
   * @example
   * const site = await client.request((tenant) => `/site/${tenant}/sites/main`);
   */
  request(path: RequestPath, init?: RequestInit, options?: RequestOptions): Promise<unknown>;
  /**
   * Asks the configured `refreshAccessToken` for a new token now (joined with a refresh in
   * flight); later requests use it. `changePassword` starts it after a change, which may end
   * the old token's session. Resolves with whether a refresh ran and worked (`false`
   * without a refresher); never rejects.
   */
  refreshSession(options?: RequestOptions): Promise<boolean>;
}

const profilePath =
  (expand: readonly string[] = []): RequestPath =>
  (tenant) =>
    // Expand values are validated to URL-safe characters, so they need no encoding.
    `/customer/${tenant}/me${expand[0] ? `?expand=${expand.join(',')}` : ''}`;

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
  const { send, setAnonymousToken, refreshNow } = createRequestSender(config);
  return {
    tenant: config.tenant,

    async getProfile({ expand = [], ...options } = {}) {
      const checked = profileExpandOptionSchema.safeParse({ expand });
      if (!checked.success) throw errorFromZod('invalid-input', checked.error);
      const { body, token } = await send(
        profilePath(normalizeExpand(checked.data.expand)),
        {},
        options,
      );
      const profile = customerProfileSchema.safeParse(body);
      if (!profile.success) throw new ProfileKitError('invalid-response');
      setAnonymousToken(isAnonymousProfile(profile.data) ? token : undefined);
      return profile.data;
    },

    async updateProfile(patch, options = {}) {
      await send(
        profilePath(),
        {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/merge-patch+json' },
          body: JSON.stringify(parseProfilePatch(patch)),
        },
        options,
        true,
      );
    },

    async request(path, init = {}, options = {}) {
      const { body } = await send(path, init, options);
      return body === '' ? undefined : body;
    },

    refreshSession: refreshNow,
  };
}
