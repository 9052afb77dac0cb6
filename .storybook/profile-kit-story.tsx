import { createProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import {
  createProfileApiMock,
  mockTokens,
  type ProfileApiMock,
  type ProfileApiMockOptions,
} from '@profile-kit/mock-api';
import type { Decorator, Loader } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { RequestHandler } from 'msw';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useMemo } from 'react';

/** What a story says about the API it runs on (`parameters.profileKit`). */
export interface ProfileKitStoryParameters {
  /** Seed and options of the mock; default: the mock's own customers. */
  mock?: ProfileApiMockOptions;
  /** The bearer token the storefront holds; default `mockTokens.customer`. */
  token?: string;
  /** The provider's session (a non-secret id); default `'storybook'`. `null`: nobody signed in. */
  session?: string | null;
  /** Faults or state changes to apply before the story renders. */
  setup?: (api: ProfileApiMock) => void;
}

export interface ProfileKitLoaded {
  profileApi: ProfileApiMock;
  queryClient: QueryClient;
}

const startWorker = mswLoader();

/**
 * Gives every story a fresh mock API (served by the MSW worker, so requests are visible
 * in the browser's network panel) and a fresh QueryClient. A story's own
 * `parameters.msw.handlers` still take precedence over the mock.
 */
export const profileKitLoader: Loader = async (context) => {
  await startWorker(context);
  const parameters: ProfileKitStoryParameters = context.parameters.profileKit ?? {};
  const profileApi = createProfileApiMock(parameters.mock);
  parameters.setup?.(profileApi);
  const overrides: RequestHandler[] = context.parameters.msw?.handlers ?? [];
  context.msw.resetHandlers(...profileApi.handlers);
  context.msw.use(...overrides);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 300 } } });
  return { profileApi, queryClient } satisfies ProfileKitLoaded;
};

/** The host app around each story: its QueryClient and a ProfileKitProvider on the mock. */
export const withProfileKit: Decorator = (Story, context) => {
  const { profileApi, queryClient } = context.loaded as ProfileKitLoaded;
  const parameters: ProfileKitStoryParameters = context.parameters.profileKit ?? {};
  const token = parameters.token ?? mockTokens.customer;
  const session = parameters.session === undefined ? 'storybook' : parameters.session;
  const client = useMemo(
    () =>
      createProfileClient({
        tenant: profileApi.tenant,
        baseUrl: profileApi.baseUrl,
        getAccessToken: () => (session === null ? null : token),
      }),
    [profileApi, session, token],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session={session}>
        <Story />
      </ProfileKitProvider>
    </QueryClientProvider>
  );
};
