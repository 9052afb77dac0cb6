import { createProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import {
  createProfileApiMock,
  mockTokens,
  type ProfileApiMock,
  type ProfileApiMockOptions,
} from '@profile-kit/mock-api';
import type { Decorator, Loader } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AnyHandler } from 'msw';
import { type MswParameter, mswLoader } from 'msw-storybook-addon/csf3';
import { useMemo } from 'react';

/** What a story says about the API it runs on (`parameters.profileKit`). */
export interface ProfileKitStoryParameters {
  /**
   * Seed and options of the mock; default: the mock's own customers. Its `baseUrl` is
   * always `storyApiUrl`, whatever is set here.
   */
  mock?: ProfileApiMockOptions;
  /** The bearer token the storefront holds; default `mockTokens.customer`. */
  token?: string;
  /** The provider's session (a non-secret id); default `'storybook'`. `null`: nobody signed in. */
  session?: string | null;
  /**
   * The client's `timeoutMs`; default the client's 15 s. A story that stays busy raises it
   * to the client's maximum (10 min); a story that shows a timeout lowers it.
   */
  timeoutMs?: number;
  /** Faults or state changes to apply before the story renders. */
  setup?: (api: ProfileApiMock) => void;
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    profileKit?: ProfileKitStoryParameters;
  }
}

/** What `profileKitLoader` puts in `context.loaded`; read it in a play with `loadedKit`. */
export interface ProfileKitLoaded {
  profileApi: ProfileApiMock;
  queryClient: QueryClient;
}

/** The story's mock and QueryClient, from a play function's or decorator's `context.loaded`. */
export function loadedKit(loaded: Record<string, unknown>): ProfileKitLoaded {
  const { profileApi, queryClient } = loaded as Partial<ProfileKitLoaded>;
  if (!profileApi || !(queryClient instanceof QueryClient)) {
    throw new Error('No profile kit in context.loaded: is profileKitLoader in the preview?');
  }
  return { profileApi, queryClient };
}

const startWorker = mswLoader();

/**
 * Where every story's mock answers and its client sends requests — not the real API's URL.
 * Should the worker miss a request (seen once after opening a story's iframe.html and then
 * the Storybook UI in the same tab), it fails in the browser as a network error instead of
 * taking the mock tokens to api.emporix.io. `.invalid` never resolves (RFC 6761); any https
 * origin passes the client's baseUrl rule. A story's own MSW handlers use it too.
 */
export const storyApiUrl = 'https://mock-api.invalid';

/** A story's `parameters.msw` (a list, or `{ handlers }` as a list or by name) as one list. */
function storyHandlers(msw: MswParameter | undefined): AnyHandler[] {
  if (msw === undefined) return [];
  if (Array.isArray(msw)) return msw;
  const { handlers = [] } = msw;
  return Array.isArray(handlers) ? handlers : Object.values(handlers).flat();
}

/**
 * Gives every story a fresh mock API (served by the MSW worker, so requests are visible
 * in the browser's network panel) and a fresh QueryClient. A story's own
 * `parameters.msw.handlers` still take precedence over the mock.
 *
 * A docs page renders all its stories at once, and one worker has one set of handlers:
 * there each story's client calls its own mock's `fetch` instead (see `withProfileKit`),
 * and the worker is left alone.
 */
export const profileKitLoader: Loader = async (context) => {
  const parameters: ProfileKitStoryParameters = context.parameters.profileKit ?? {};
  const profileApi = createProfileApiMock({ ...parameters.mock, baseUrl: storyApiUrl });
  parameters.setup?.(profileApi);
  if (context.viewMode !== 'docs') {
    await startWorker(context);
    context.msw.resetHandlers(...profileApi.handlers);
    context.msw.use(...storyHandlers(context.parameters.msw));
  }
  // The kit's profile query brings its own retry policy (5xx and network errors three times,
  // backing off 1 s, 2 s, 4 s), which client defaults cannot shorten: stories that show a
  // failed load use a status that is never retried (404, 401, 403).
  const queryClient = new QueryClient();
  return { profileApi, queryClient } satisfies ProfileKitLoaded;
};

/** The host app around each story: its QueryClient and a ProfileKitProvider on the mock. */
export const withProfileKit: Decorator = (Story, context) => {
  const { profileApi, queryClient } = loadedKit(context.loaded);
  const parameters: ProfileKitStoryParameters = context.parameters.profileKit ?? {};
  const token = parameters.token ?? mockTokens.customer;
  const session = parameters.session === undefined ? 'storybook' : parameters.session;
  const inDocs = context.viewMode === 'docs';
  const { timeoutMs } = parameters;
  const client = useMemo(
    () =>
      createProfileClient({
        tenant: profileApi.tenant,
        baseUrl: profileApi.baseUrl,
        getAccessToken: () => ({ token: session === null ? null : token, session }),
        ...(inDocs ? { fetch: profileApi.fetch } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      }),
    [profileApi, session, token, inDocs, timeoutMs],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session={session}>
        <Story />
      </ProfileKitProvider>
    </QueryClientProvider>
  );
};
