import { createProfileApiMock, mockSites, mockTokens } from '@profile-kit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createProfileClient,
  profileQueryKeys,
  siteCodeSchema,
  siteQueryOptions,
  siteSchema,
  useSite,
} from '../src/index.js';
import { fakeFetch, json } from './fake-fetch.js';
import { createHarness } from './profile-kit-harness.js';

function Currencies({ label, siteCode = 'ch' }: { label: string; siteCode?: string }) {
  const { data, error, isPending } = useSite(siteCode);
  if (error) return <p>{`${label}: ${error.kind}`}</p>;
  if (isPending) return <p>{`${label}: loading`}</p>;
  return <p>{`${label}: ${data.availableCurrencies?.join(' ')}`}</p>;
}

const siteRequests = (kit: ReturnType<typeof createHarness>) =>
  kit.mock.requests.filter((request) => request.path.startsWith('/site/'));

describe('useSite', () => {
  it('sends one GET for two components showing the same site', async () => {
    const kit = createHarness();
    render(
      <kit.wrapper>
        <Currencies label="form" />
        <Currencies label="footer" />
      </kit.wrapper>,
    );
    expect(await screen.findByText('form: CHF EUR')).toBeVisible();
    expect(screen.getByText('footer: CHF EUR')).toBeVisible();
    expect(siteRequests(kit).map((request) => request.path)).toEqual(['/site/demo/sites/ch']);
  });

  it('reads the site with the anonymous token while nobody is signed in', async () => {
    const kit = createHarness({ session: null, token: mockTokens.anonymous });
    const { result } = renderHook(() => useSite('main'), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ code: 'main', languages: ['en'], currency: 'EUR' });
  });

  it('keeps the site when a customer signs in: no second request', async () => {
    const kit = createHarness({ session: null, token: mockTokens.anonymous });
    render(
      <kit.wrapper>
        <Currencies label="site" />
      </kit.wrapper>,
    );
    expect(await screen.findByText('site: CHF EUR')).toBeVisible();
    act(() => kit.signIn('customer', mockTokens.customer));
    expect(screen.getByText('site: CHF EUR')).toBeVisible();
    expect(siteRequests(kit)).toHaveLength(1);
  });

  it.each(['', 'ch/../me', '..', 'de ch', 'ch?x=1', 'ch#top'])(
    'refuses the site code %j as invalid-input without a request',
    async (siteCode) => {
      const kit = createHarness();
      render(
        <kit.wrapper>
          <Currencies label="site" siteCode={siteCode} />
        </kit.wrapper>,
      );
      expect(await screen.findByText('site: invalid-input')).toBeVisible();
      expect(kit.mock.requests).toHaveLength(0);
    },
  );

  it('fails as not-found for a site the tenant does not have, without retrying', async () => {
    const kit = createHarness();
    // The kit's retry policy, not the harness's `retry: false`: query options beat defaults.
    const { result } = renderHook(() => useSite('uk'), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(siteRequests(kit)).toHaveLength(1);
  });

  it('fails as unauthorized for an expired token', async () => {
    const kit = createHarness({ token: mockTokens.expired });
    const { result } = renderHook(() => useSite('main'), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('unauthorized');
  });

  it('lets select pick a part of the site', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => useSite('ch', { select: (site) => site.shipToCountries }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.data).toEqual(['CH', 'LI']));
  });
});

describe('siteQueryOptions', () => {
  const client = createProfileClient({
    tenant: 'demo',
    getAccessToken: () => mockTokens.anonymous,
    fetch: createProfileApiMock().fetch,
  });

  it('keys the site by tenant and code, outside every session', () => {
    const { queryKey, staleTime } = siteQueryOptions({ client, siteCode: 'main' });
    expect(queryKey).toEqual([...profileQueryKeys.tenant('demo'), 'site', { siteCode: 'main' }]);
    expect(queryKey).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ session: expect.anything() })]),
    );
    // Site settings rarely change: far longer than a profile's (0) staleTime.
    expect(staleTime).toBeGreaterThanOrEqual(60 * 60 * 1000);
  });

  it('prefetches for a route loader', async () => {
    const queryClient = new QueryClient();
    const site = await queryClient.ensureQueryData(siteQueryOptions({ client, siteCode: 'ch' }));
    expect(site).toEqual(mockSites.ch);
  });

  it('fails as invalid-response for a body that is not a site', async () => {
    const { fetch } = fakeFetch(() => json({ name: 'no code' }));
    const queryClient = new QueryClient();
    const broken = createProfileClient({ tenant: 'demo', getAccessToken: () => 't', fetch });
    await expect(
      queryClient.fetchQuery({
        ...siteQueryOptions({ client: broken, siteCode: 'main' }),
        retry: false,
      }),
    ).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('siteSchema', () => {
  it('passes unknown fields through and reads an odd field as absent', () => {
    const site = siteSchema.parse({
      code: 'x',
      languages: ['de', 'de_CH'],
      currency: 7,
      payment: [{ id: 'card' }],
    });
    expect(site).toMatchObject({
      code: 'x',
      languages: ['de', 'de_CH'],
      payment: [{ id: 'card' }],
    });
    expect(site.currency).toBeUndefined();
  });

  it('accepts URL-safe site codes only', () => {
    expect(siteCodeSchema.safeParse('uk-store').success).toBe(true);
    expect(siteCodeSchema.safeParse('DE').success).toBe(true);
    expect(siteCodeSchema.safeParse('.hidden').success).toBe(false);
    expect(siteCodeSchema.safeParse('a/b').success).toBe(false);
  });
});
