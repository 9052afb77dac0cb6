import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

interface CurrentSession {
  key: QueryKey;
  hash: string;
  /** Aborts when another session takes over: the work of this one stops. */
  ended: AbortController;
}

/*
 * The session (its `profileQueryKeys.session` key) each QueryClient's `ProfileKitProvider`
 * holds now: one signed-in person per QueryClient. An entry stays when its provider
 * unmounts: a save that outlives its page still ends, unless someone else has signed in.
 */
const currentSessions = new WeakMap<QueryClient, CurrentSession>();

/**
 * Makes `key` the QueryClient's session, and ends the previous one: its saves under way
 * abort. Returns the previous session's key when it was another one, so its cache can go.
 */
export function enterSession(queryClient: QueryClient, key: QueryKey): QueryKey | undefined {
  const current = currentSessions.get(queryClient);
  const hash = hashKey(key);
  if (current?.hash === hash) return undefined;
  current?.ended.abort();
  currentSessions.set(queryClient, { key, hash, ended: new AbortController() });
  return current?.key;
}

/**
 * A signal that aborts once `key` is no longer the QueryClient's session — aborted already
 * when it is not the session now. Work that outlives a render, such as a save, sends its
 * requests with it, so nothing of one customer's save goes out once another has signed in.
 */
export function sessionSignal(queryClient: QueryClient, key: QueryKey): AbortSignal {
  // A save can start before its provider's effect has run (from a child's effect).
  if (!currentSessions.has(queryClient)) enterSession(queryClient, key);
  const current = currentSessions.get(queryClient);
  return current?.hash === hashKey(key) ? current.ended.signal : AbortSignal.abort();
}
