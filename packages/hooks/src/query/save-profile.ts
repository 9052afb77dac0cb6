import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ProfileClient } from '../client/create-profile-client.js';
import { parseProfilePatch } from '../client/parse-profile-patch.js';
import { isProfileKitError, ProfileKitError } from '../client/profile-kit-error.js';
import type { CustomerProfile } from '../schema/customer-profile-schema.js';
import { isAnonymousProfile } from '../schema/is-anonymous-profile.js';
import { mergeProfilePatch } from '../schema/merge-profile-patch.js';
import type { ProfilePatch } from '../schema/profile-patch-schema.js';
import { sessionSignal } from './current-sessions.js';
import { customerProfileQueryOptions } from './customer-profile-query-options.js';
import { type CustomerProfileQueryKey, profileQueryKeys } from './profile-query-keys.js';

export interface SaveProfileInput {
  queryClient: QueryClient;
  client: ProfileClient;
  session: string | null;
  patch: ProfilePatch;
}

/** A failed PATCH that may have been stored all the same. */
const isUnknownOutcome = (error: unknown) =>
  isProfileKitError(error) &&
  (error.kind === 'network' || error.kind === 'timeout' || (error.status ?? 0) >= 500);

/**
 * Per QueryClient and session: the version a save was refused at (409) when reading the
 * other writer's profile failed, and when. Until a profile read after that is cached — and
 * so on screen — a save without a version of its own is sent at that version again and
 * meets the same 409, instead of reading the newer version and silently overwriting the
 * other writer's values the customer never saw.
 */
const unseenConflicts = new WeakMap<QueryClient, Map<string, { version: number; at: number }>>();

/** The most recently updated cached profile of the session that is still current. */
function freshestCachedProfile(queryClient: QueryClient, queryKey: QueryKey) {
  let freshest: { data?: unknown; dataUpdatedAt: number } | undefined;
  for (const { state } of queryClient.getQueryCache().findAll({ queryKey })) {
    if (
      state.data &&
      !state.isInvalidated &&
      state.dataUpdatedAt > (freshest?.dataUpdatedAt ?? -1)
    ) {
      freshest = state;
    }
  }
  return freshest as { data: CustomerProfile; dataUpdatedAt: number } | undefined;
}

/**
 * One save, run to the end before the next starts (the mutation scope queues them):
 * validate, take `metadata.version` from the cache (reading the profile first if the
 * cache has none that is current), update every cached variant optimistically, PATCH,
 * then — as the PATCH answers no body — read once for the new version. On failure
 * every variant is rolled back; after a 409 the latest profile is loaded before the
 * error is reported, and the error carries it (`latestProfile`), so a form can show
 * what changed elsewhere. Once another session
 * has taken over the QueryClient, the save stops (`aborted`) and touches nothing of it.
 */
export async function saveProfile({
  queryClient,
  client,
  session,
  patch,
}: SaveProfileInput): Promise<CustomerProfile> {
  const valid = parseProfilePatch(patch);
  // The profile's variants only: other queries of the session (addresses, a host's own)
  // are no profile, to be merged into or rolled back.
  const queryKey = profileQueryKeys.profiles(client.tenant, session);
  // Aborts when another session takes over the QueryClient; the PATCH goes with it.
  const signal = sessionSignal(queryClient, profileQueryKeys.session(client.tenant, session));
  const stopIfReplaced = () => {
    if (signal.aborted) throw new ProfileKitError('aborted');
  };
  const baseQuery = customerProfileQueryOptions({ client, session });
  // A queued save whose customer signed out meanwhile sends nothing.
  stopIfReplaced();
  const conflicts = unseenConflicts.get(queryClient) ?? new Map();
  unseenConflicts.set(queryClient, conflicts);
  const sessionHash = hashKey(queryKey);
  const cached = freshestCachedProfile(queryClient, queryKey);
  let unseen = conflicts.get(sessionHash);
  if (unseen && cached && cached.dataUpdatedAt > unseen.at) unseen = undefined;
  const current =
    cached?.data ??
    (await queryClient.fetchQuery(baseQuery).catch((error: unknown) => {
      // The provider cancels the read when the session changes under it: `aborted`, not
      // TanStack's CancelledError.
      stopIfReplaced();
      throw error;
    }));
  stopIfReplaced();
  if (isAnonymousProfile(current)) throw new ProfileKitError('forbidden');
  const version = valid.metadata?.version ?? unseen?.version ?? current.metadata?.version;

  // A profile variant on screen, if any, is the one read after the PATCH: one GET then
  // serves the result and the screen, and the result has what that variant shows (mixins
  // come only with an expand).
  const onScreen = queryClient.getQueryCache().find({ queryKey, type: 'active', exact: false });
  const readQuery = {
    ...customerProfileQueryOptions({
      client,
      session,
      expand: (onScreen?.queryKey as CustomerProfileQueryKey | undefined)?.[4].expand,
    }),
    retry: false,
    staleTime: 0,
  };
  const readHash = hashKey(readQuery.queryKey);
  /**
   * Reads the profile once, fresh — a read of it begun before now could predate the PATCH —
   * and marks the session's other variants stale, refetching those on screen. Never throws.
   */
  const readAgain = async () => {
    await queryClient.cancelQueries({ queryKey: readQuery.queryKey, exact: true });
    const read = await queryClient.fetchQuery(readQuery).catch(() => undefined);
    void queryClient.invalidateQueries({
      queryKey,
      refetchType: read ? 'active' : 'none',
      predicate: (query) => !read || query.queryHash !== readHash,
    });
    return read;
  };

  // Reads under way would overwrite the optimistic data; a first read (no data yet) has
  // nothing to overwrite and must not be left cancelled with nothing to fetch it again.
  await queryClient.cancelQueries({
    queryKey,
    predicate: (query) => query.state.data !== undefined,
  });
  const snapshot = queryClient.getQueriesData<CustomerProfile>({ queryKey });
  queryClient.setQueriesData<CustomerProfile>(
    { queryKey },
    (cached) => cached && mergeProfilePatch(cached, valid),
  );
  try {
    await client.updateProfile(
      version === undefined ? patch : { ...patch, metadata: { ...patch.metadata, version } },
      { signal, session },
    );
  } catch (error) {
    if (!signal.aborted) {
      for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
      // Rolled back, and marked stale at once: the next save reads the version first, as a
      // variant that was stale must not pass for the freshest with its older version.
      void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
      // After a 409 the latest profile is read before the error is reported — if that read
      // fails, what is on screen refetches as usual. Without an answer (network, timeout) or
      // after a 5xx the change may be stored all the same: it is read again.
      if (isProfileKitError(error, 'conflict')) {
        const latest = await readAgain();
        if (latest) conflicts.delete(sessionHash);
        else if (version !== undefined) conflicts.set(sessionHash, { version, at: Date.now() });
        if (!latest) await queryClient.invalidateQueries({ queryKey });
        throw new ProfileKitError('conflict', undefined, {
          ...error,
          cause: error.cause,
          latestProfile: latest,
        });
      }
      if (isUnknownOutcome(error)) void readAgain();
    }
    throw error;
  }
  // Stored, but another session has taken over since: nothing more is read or cached for
  // this one, whose token source may give the next customer's token now.
  if (signal.aborted) return mergeProfilePatch(current, valid);
  conflicts.delete(sessionHash);
  // The PATCH answers no body: one read, without retries, for the new version. The save
  // itself succeeded, so a failed read must not turn it into an error — the cache is marked
  // stale instead, so the next save reads the version first, and the result carries no
  // version to send.
  return (await readAgain()) ?? mergeProfilePatch(current, valid);
}
