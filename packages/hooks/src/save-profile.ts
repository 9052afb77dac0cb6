import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ProfileClient } from './create-profile-client.js';
import { customerProfileQueryOptions } from './customer-profile-query-options.js';
import type { CustomerProfile } from './customer-profile-schema.js';
import { fieldErrorsFromZod } from './field-errors-from-zod.js';
import { isAnonymousProfile } from './is-anonymous-profile.js';
import { mergeProfilePatch } from './merge-profile-patch.js';
import { isProfileKitError, ProfileKitError } from './profile-kit-error.js';
import { type ProfilePatch, profilePatchSchema } from './profile-patch-schema.js';
import { profileQueryKeys } from './profile-query-keys.js';

export interface SaveProfileInput {
  queryClient: QueryClient;
  client: ProfileClient;
  session: string | null;
  patch: ProfilePatch;
}

/** The most recently updated cached profile of the session that is still current. */
function freshestCachedProfile(queryClient: QueryClient, queryKey: QueryKey) {
  let freshest: { data: CustomerProfile; at: number } | undefined;
  for (const query of queryClient.getQueryCache().findAll({ queryKey })) {
    const { data, dataUpdatedAt, isInvalidated } = query.state;
    if (data === undefined || isInvalidated) continue;
    if (!freshest || dataUpdatedAt > freshest.at) {
      freshest = { data: data as CustomerProfile, at: dataUpdatedAt };
    }
  }
  return freshest?.data;
}

/**
 * One save, run to the end before the next starts (the mutation scope queues them):
 * validate, take `metadata.version` from the cache (reading the profile first if the
 * cache has none that is current), update every cached variant optimistically, PATCH,
 * then — as the PATCH answers no body — refetch once for the new version. On failure
 * every variant is rolled back; after a 409 the latest profile is loaded before the
 * error is reported, so a form can show what changed elsewhere.
 */
export async function saveProfile({
  queryClient,
  client,
  session,
  patch,
}: SaveProfileInput): Promise<CustomerProfile> {
  const parsed = profilePatchSchema.safeParse(patch);
  if (!parsed.success) {
    throw new ProfileKitError('invalid-input', undefined, {
      fieldErrors: fieldErrorsFromZod(parsed.error),
    });
  }
  const sessionKey = profileQueryKeys.session(client.tenant, session);
  const baseQuery = customerProfileQueryOptions({ client, session });
  const current =
    freshestCachedProfile(queryClient, sessionKey) ?? (await queryClient.fetchQuery(baseQuery));
  if (isAnonymousProfile(current)) {
    throw new ProfileKitError(
      'forbidden',
      'An anonymous visitor cannot change a profile; sign in first.',
    );
  }
  const version = parsed.data.metadata?.version ?? current.metadata?.version;
  const body: ProfilePatch = version === undefined ? patch : { ...patch, metadata: { version } };

  await queryClient.cancelQueries({ queryKey: sessionKey });
  const snapshot = queryClient.getQueriesData<CustomerProfile>({ queryKey: sessionKey });
  queryClient.setQueriesData<CustomerProfile>({ queryKey: sessionKey }, (cached) =>
    cached ? mergeProfilePatch(cached, parsed.data) : cached,
  );

  try {
    await client.updateProfile(body);
  } catch (error) {
    for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
    if (isProfileKitError(error, 'conflict')) {
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    }
    throw error;
  }

  await queryClient.invalidateQueries({ queryKey: sessionKey });
  const saved = freshestCachedProfile(queryClient, sessionKey);
  if (saved) return saved;
  // Nothing on screen refetched: read once so the next save has the new version. The save
  // itself succeeded, so a failed read must not turn it into an error.
  return queryClient.fetchQuery(baseQuery).catch(() => mergeProfilePatch(current, parsed.data));
}
