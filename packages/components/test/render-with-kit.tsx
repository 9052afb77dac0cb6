import { createProfileClient, type ProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import {
  type CustomerSeed,
  createProfileApiMock,
  mockTokens,
  type ProfileApiMock,
} from '@profile-kit/mock-api';
import { QueryClient, QueryClientProvider, timeoutManager } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import '../src/styles.css';

/**
 * For the test that calls it: TanStack's retry back-off (1 s, 2 s, 4 s) takes no time, so
 * "the server failed 4 times" is quick; the retries themselves still happen. Restored when
 * the test ends — no other test's timers change.
 */
export function instantProfileRetriesForThisTest() {
  timeoutManager.setTimeoutProvider({
    setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay <= 30_000 ? 0 : delay),
    clearTimeout: (id) => globalThis.clearTimeout(id),
    setInterval: (callback, delay) => globalThis.setInterval(callback, delay),
    clearInterval: (id) => globalThis.clearInterval(id),
  });
  onTestFinished(() => timeoutManager.setTimeoutProvider(globalThis));
}

export interface KitOptions {
  /** The bearer token the client sends. Default: the B2C customer's. */
  token?: string;
  customers?: CustomerSeed[];
  /** The provider's session; `null` means nobody is signed in. */
  session?: string | null;
  /** The client's tenant. Default `demo`; an invalid one makes every request a `config` error. */
  tenant?: string;
  /** Called before rendering, e.g. to inject faults for the first GET. */
  before?: (mock: ProfileApiMock) => void;
  /** Wraps the mock's `fetch` the client uses, e.g. to hold some requests. */
  wrapFetch?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
}

export interface KitRender extends RenderResult {
  mock: ProfileApiMock;
  client: ProfileClient;
  queryClient: QueryClient;
  user: ReturnType<typeof userEvent.setup>;
  /** The PATCH requests the mock received, oldest first. */
  patches(): unknown[];
}

/**
 * Renders `ui` inside a fresh kit: a stateful mock API, a client on its `fetch`, a new
 * `QueryClient` without retries of its own, and the `ProfileKitProvider`.
 */
export function renderWithKit(ui: ReactElement, options: KitOptions = {}): KitRender {
  const {
    token = mockTokens.customer,
    customers,
    session = 'signed-in',
    tenant = 'demo',
    before,
    wrapFetch = (fetch) => fetch,
  } = options;
  const mock = createProfileApiMock(customers ? { customers } : {});
  before?.(mock);
  const client = createProfileClient({
    tenant,
    getAccessToken: () => token,
    fetch: wrapFetch(mock.fetch),
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session={session}>
        {children}
      </ProfileKitProvider>
    </QueryClientProvider>
  );
  const user = userEvent.setup();
  const result = render(ui, { wrapper });
  return {
    ...result,
    mock,
    client,
    queryClient,
    user,
    patches: () =>
      mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body),
  };
}
