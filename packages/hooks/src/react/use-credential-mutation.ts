'use client';
import {
  type MutateOptions,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import type { ProfileClient } from '../client/create-profile-client.js';
import { ProfileKitError } from '../client/profile-kit-error.js';
import { profileQueryKeys } from '../query/profile-query-keys.js';
import { useProfileKit } from './profile-kit-context.js';

/** The options a credential hook takes: TanStack's, less what the kit decides. */
export type CredentialMutationOptions<TShown> = Omit<
  UseMutationOptions<void, ProfileKitError, TShown>,
  'mutationFn' | 'mutationKey' | 'scope' | 'retry' | 'retryDelay' | 'gcTime'
>;

/**
 * TanStack's mutation result, except that `mutate` and `mutateAsync` take the whole input
 * while `variables` (and every callback) see it without its secrets.
 */
export type CredentialMutationResult<TInput, TShown> = Omit<
  UseMutationResult<void, ProfileKitError, TShown>,
  'mutate' | 'mutateAsync'
> & {
  mutate(input: TInput, options?: MutateOptions<void, ProfileKitError, TShown>): void;
  mutateAsync(input: TInput, options?: MutateOptions<void, ProfileKitError, TShown>): Promise<void>;
};

// The secrets of a mutation that has not started yet, keyed by the variables TanStack
// keeps: the mutation cache (devtools, persisters, dehydration) never holds a password.
const pending = new WeakMap<object, unknown>();

/**
 * What the three credential hooks share. The input's `secretKeys` never enter TanStack's
 * state: the cache gets the rest, the secrets wait in a WeakMap that the request empties
 * when it starts. Never retried (a second try of a wrong password only counts against the
 * rate limit) and `gcTime: 0`, so a settled mutation leaves the cache with its last observer.
 */
export function useCredentialMutation<TInput extends object, TKey extends keyof TInput>(
  kind: string,
  secretKeys: readonly TKey[],
  send: (client: ProfileClient, input: TInput) => Promise<void>,
  options: CredentialMutationOptions<Omit<TInput, TKey>>,
): CredentialMutationResult<TInput, Omit<TInput, TKey>> {
  const { client, session } = useProfileKit();
  const mutation = useMutation<void, ProfileKitError, Omit<TInput, TKey>>({
    ...options,
    mutationKey: [...profileQueryKeys.session(client.tenant, session), 'credentials', kind],
    retry: false,
    gcTime: 0,
    networkMode: 'always',
    mutationFn: (shown) => {
      const input = pending.get(shown) as TInput | undefined;
      pending.delete(shown);
      // Only `mutate` below starts one; a mutation resumed from elsewhere has no secrets.
      if (input === undefined) return Promise.reject(new ProfileKitError('invalid-input'));
      return send(client, input);
    },
  });
  const shownOf = (input: TInput): Omit<TInput, TKey> => {
    const entries = typeof input === 'object' && input !== null ? Object.entries(input) : [];
    const keys: readonly PropertyKey[] = secretKeys;
    const shown = Object.fromEntries(entries.filter(([key]) => !keys.includes(key)));
    pending.set(shown, input);
    return shown as Omit<TInput, TKey>;
  };
  return {
    ...mutation,
    mutate: (input, mutateOptions) => mutation.mutate(shownOf(input), mutateOptions),
    mutateAsync: (input, mutateOptions) => mutation.mutateAsync(shownOf(input), mutateOptions),
  };
}
