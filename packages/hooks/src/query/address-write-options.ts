import { addressQueryKeys } from './address-query-keys.js';

/**
 * What every address mutation shares: one key per kind under the session's address key,
 * and one scope, so the writes of a session run one at a time — each snapshot and rollback
 * then sees the cache as the previous write left it. Never retried (a retried POST could
 * add the address twice); offline a write fails at once as `network` instead of pausing.
 */
export function addressWriteOptions(tenant: string, session: string | null, kind: string) {
  const writes = [...addressQueryKeys.all(tenant, session), 'write'] as const;
  return {
    mutationKey: [...writes, kind] as const,
    scope: { id: JSON.stringify(writes) },
    retry: false,
    networkMode: 'always',
  } as const;
}
