import type { QueryKey, QueryKeyWithDataTag, UnusedSkipTokenOptions } from '@tanstack/react-query';
import type { ProfileKitError } from '../client/profile-kit-error.js';

/**
 * What TanStack's `queryOptions` returns for a kit query, written by name. Inferred, the
 * declaration files would spell it out with `queryFn?: … | undefined`, which a host
 * compiled with `exactOptionalPropertyTypes` cannot pass to `prefetchQuery`; by name, the
 * host's compiler reads TanStack's own type with its own settings.
 */
export type KitQueryOptions<TData, TKey extends QueryKey> = UnusedSkipTokenOptions<
  TData,
  ProfileKitError,
  TData,
  TKey
> &
  QueryKeyWithDataTag<TKey, TData, ProfileKitError>;
