import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * The session key (`profileQueryKeys.session`) each QueryClient's `ProfileKitProvider`
 * holds now: one signed-in person per QueryClient. A provider that mounts or renders with
 * another session drops the previous one's cache, and work that outlives a render — a save
 * under way — checks it, so it never touches another customer's profile or cache. An entry
 * stays when its provider unmounts: a save that outlives its page still ends, unless
 * someone else has signed in since.
 */
export const currentSessions = new WeakMap<QueryClient, QueryKey>();
