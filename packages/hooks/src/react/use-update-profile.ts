'use client';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';
import { profileQueryKeys } from '../query/profile-query-keys.js';
import { saveProfile } from '../query/save-profile.js';
import type { CustomerProfile } from '../schema/customer-profile-schema.js';
import type { ProfilePatch } from '../schema/profile-patch-schema.js';
import { useProfileKit } from './profile-kit-context.js';

export type UseUpdateProfileOptions<TContext = unknown> = Omit<
  UseMutationOptions<CustomerProfile, ProfileKitError, ProfilePatch, TContext>,
  'mutationFn' | 'mutationKey' | 'scope' | 'retry' | 'retryDelay'
>;

/**
 * Saves changes to the profile (`PATCH /customer/{tenant}/me`) and resolves with the
 * profile as stored. Sends only the fields in the patch plus `metadata.version` from the
 * cache, so a change made elsewhere meanwhile is a `conflict` error instead of being
 * overwritten. Saves run one at a time, each with the version the previous one produced.
 * Every cached variant of the profile updates at once and rolls back on failure; an
 * invalid patch fails with `invalid-input` before any request. Never retried: a retry
 * after a 409 would overwrite the change made elsewhere. A save under way when another
 * session takes over stops with `aborted`, touching nothing of the new session.
 *
 * @example
 * const update = useUpdateProfile({ onSuccess: (profile) => toast(`Saved, ${profile.firstName}`) });
 * update.mutate({ preferredCurrency: 'EUR', preferredLanguage: 'de_DE' });
 * if (update.error?.kind === 'conflict') showWhatChangedElsewhere();
 */
export function useUpdateProfile<TContext = unknown>(
  options: UseUpdateProfileOptions<TContext> = {},
): UseMutationResult<CustomerProfile, ProfileKitError, ProfilePatch, TContext> {
  const { client, session } = useProfileKit();
  const queryClient = useQueryClient();
  const mutationKey = [...profileQueryKeys.session(client.tenant, session), 'update'] as const;
  return useMutation({
    ...options,
    mutationKey,
    scope: { id: JSON.stringify(mutationKey) },
    // Never retried, whatever the QueryClient's defaults: a retry after a 409 would send
    // the version just loaded and overwrite the change made elsewhere.
    retry: false,
    // Offline, a save fails at once as `network` (the form keeps the edits and offers it
    // again) instead of TanStack's default: paused, "saving" until the connection returns.
    networkMode: 'always',
    mutationFn: (patch) => saveProfile({ queryClient, client, session, patch }),
  });
}
