import { createProfileApiMock, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createProfileClient, ProfileKitProvider } from '../src/index.js';

/** A provider whose session the test changes from outside, as a host's auth state would. */
function SessionProvider({
  client,
  initial,
  expose,
  children,
}: {
  client: ReturnType<typeof createProfileClient>;
  initial: string | null;
  expose: (set: (session: string | null) => void) => void;
  children?: ReactNode;
}) {
  const [session, setSession] = useState(initial);
  expose(setSession);
  return (
    <ProfileKitProvider client={client} session={session}>
      {children}
    </ProfileKitProvider>
  );
}

export interface Harness {
  mock: ProfileApiMock;
  queryClient: QueryClient;
  client: ReturnType<typeof createProfileClient>;
  /** Signs someone else in (or out, with `null`), as a host app's auth would. */
  signIn(session: string | null, token?: string): void;
  /** Gives the provider the new session now; the token source gets it when the returned function is called. */
  switchSessionFirst(session: string | null, token?: string): () => void;
  wrapper(props: { children?: ReactNode }): ReactNode;
  count(method: 'GET' | 'POST' | 'PATCH' | 'DELETE'): number;
  patchBodies(): unknown[];
}

/**
 * The kit as a host app wires it, on the mock API: a fresh QueryClient without default
 * retries, a client whose token follows `signIn`, and a provider whose session does too.
 */
export function createHarness({
  session = 'customer',
  token = mockTokens.customer as string,
  mock = createProfileApiMock(),
  fetch = mock.fetch,
  refreshAccessToken,
}: {
  session?: string | null;
  token?: string;
  mock?: ProfileApiMock;
  /** Defaults to the mock's; wrap it to hold or observe requests. */
  fetch?: typeof globalThis.fetch;
  refreshAccessToken?: () => Promise<unknown>;
} = {}): Harness {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  let currentToken = token;
  let currentSession = session;
  let setSession: (next: string | null) => void = () => {};
  const client = createProfileClient({
    tenant: 'demo',
    // As the docs ask: the token, and whose it is.
    getAccessToken: () => ({ token: currentToken, session: currentSession }),
    fetch,
    ...(refreshAccessToken && { refreshAccessToken }),
  });

  return {
    mock,
    queryClient,
    client,
    signIn(next, nextToken) {
      currentToken = nextToken ?? '';
      currentSession = next;
      setSession(next);
    },
    switchSessionFirst(next, nextToken) {
      setSession(next);
      return () => {
        currentToken = nextToken ?? '';
        currentSession = next;
      };
    },
    wrapper: ({ children }) => (
      <QueryClientProvider client={queryClient}>
        <SessionProvider client={client} initial={session} expose={(set) => (setSession = set)}>
          {children}
        </SessionProvider>
      </QueryClientProvider>
    ),
    count: (method) => mock.requests.filter((request) => request.method === method).length,
    patchBodies: () =>
      mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body),
  };
}

/** Wraps a fetch so PATCH requests wait until `release()`; other requests pass. */
export function holdPatches(fetch: typeof globalThis.fetch) {
  const waiting: (() => void)[] = [];
  const held: typeof globalThis.fetch = async (input, init) => {
    if (init?.method === 'PATCH') await new Promise<void>((resolve) => waiting.push(resolve));
    return fetch(input, init);
  };
  return {
    fetch: held,
    get waiting() {
      return waiting.length;
    },
    release() {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/**
 * Wraps a fetch so the server stores the next PATCH but its answer is lost, as when the
 * connection drops on the way back: the client sees a network error.
 */
export function losePatchAnswerOnce(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  let lose = true;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (init?.method === 'PATCH' && lose) {
      lose = false;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
}
