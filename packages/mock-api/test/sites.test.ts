import { describe, expect, it } from 'vitest';
import {
  createProfileApiMock,
  defaultBaseUrl,
  defaultTenant,
  mockSites,
  mockTokens,
  type ProfileApiMock,
} from '../src/index.js';
import { contractErrors, getMe, siteSchemaRefs } from './helpers/index.js';

function getSite(
  mock: ProfileApiMock,
  path: string,
  options: { token?: string | null; method?: string } = {},
): Promise<Response> {
  const token = options.token === undefined ? mockTokens.customer : options.token;
  return mock.fetch(`${defaultBaseUrl}/site/${path}`, {
    method: options.method ?? 'GET',
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

describe('GET /site/{tenant}/sites/{siteCode}', () => {
  it('answers each seeded site as a contract SiteDto', async () => {
    const mock = createProfileApiMock();
    for (const site of [mockSites.main, mockSites.ch]) {
      const response = await getSite(mock, `${defaultTenant}/sites/${site.code}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/json');
      const body = await response.json();
      expect(body).toEqual(site);
      expect(contractErrors(siteSchemaRefs.site, body)).toEqual([]);
    }
  });

  it('seeds a main site (en; EUR, USD) and a Swiss one (CHF, EUR; ships to CH, LI)', () => {
    expect(mockSites.main).toMatchObject({
      default: true,
      languages: ['en'],
      currency: 'EUR',
      availableCurrencies: ['EUR', 'USD'],
    });
    expect(mockSites.ch).toMatchObject({
      defaultLanguage: 'de',
      currency: 'CHF',
      availableCurrencies: ['CHF', 'EUR'],
      shipToCountries: ['CH', 'LI'],
    });
  });

  it('is readable with the anonymous token', async () => {
    const response = await getSite(createProfileApiMock(), 'demo/sites/ch', {
      token: mockTokens.anonymous,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).code).toBe('ch');
  });

  it('answers 404 with the contract ErrorMessage for an unknown site', async () => {
    const response = await getSite(createProfileApiMock(), 'demo/sites/uk');
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body).toMatchObject({
      status: 404,
      message: 'Site not Found',
      details: [{ message: "Couldn't find a site with code 'uk'" }],
    });
    expect(contractErrors(siteSchemaRefs.errorMessage, body)).toEqual([]);
  });

  it.each([
    ['no token', null, 'oauth.v2.InvalidAccessToken'],
    ['an unknown token', 'nobody', 'oauth.v2.InvalidAccessToken'],
    ['an expired token', mockTokens.expired, 'keymanagement.service.access_token_expired'],
  ])('answers 401 with the fault body for %s', async (_, token, errorcode) => {
    const response = await getSite(createProfileApiMock(), 'demo/sites/main', { token });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.fault.detail.errorcode).toBe(errorcode);
    expect(contractErrors(siteSchemaRefs.unauthorized, body)).toEqual([]);
  });

  it('answers 400 for another tenant, before looking up the site', async () => {
    const response = await getSite(createProfileApiMock(), 'other/sites/uk');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'bad_request' });
  });

  it('answers 403 for an inactive site: reading it needs site.site_manage', async () => {
    const mock = createProfileApiMock({ sites: [{ ...mockSites.ch, active: false }] });
    const response = await getSite(mock, 'demo/sites/ch');
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body.details).toEqual([{ message: 'Missing required scopes [site.site_manage]' }]);
    expect(contractErrors(siteSchemaRefs.errorMessage, body)).toEqual([]);
  });

  it('refuses writes with 403 and other methods with 405, changing nothing', async () => {
    const mock = createProfileApiMock();
    expect((await getSite(mock, 'demo/sites/main', { method: 'DELETE' })).status).toBe(403);
    const options = await getSite(mock, 'demo/sites/main', { method: 'OPTIONS' });
    expect(options.status).toBe(405);
    expect(options.headers.get('Allow')).toBe('GET, HEAD, POST, PUT, PATCH, DELETE');
    expect((await getSite(mock, 'demo/sites/main')).status).toBe(200);
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await getSite(createProfileApiMock(), 'demo/sites/main', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('is not hit by faults queued for the profile', async () => {
    const mock = createProfileApiMock();
    mock.faults.failNext(500);
    expect((await getSite(mock, 'demo/sites/main')).status).toBe(200);
    expect((await getMe(mock)).status).toBe(500);
  });

  it('logs site requests without the token', async () => {
    const mock = createProfileApiMock();
    await getSite(mock, 'demo/sites/main');
    expect(mock.requests).toMatchObject([
      { method: 'GET', path: '/site/demo/sites/main', authorization: 'bearer' },
    ]);
    expect(JSON.stringify(mock.requests)).not.toContain(mockTokens.customer);
  });

  it('serves the sites given as options, replaced by seedSites and restored by reset', async () => {
    const mock = createProfileApiMock({ sites: [mockSites.ch] });
    expect((await getSite(mock, 'demo/sites/main')).status).toBe(404);
    mock.seedSites([mockSites.main]);
    expect((await getSite(mock, 'demo/sites/main')).status).toBe(200);
    expect((await getSite(mock, 'demo/sites/ch')).status).toBe(404);
    mock.reset();
    expect((await getSite(mock, 'demo/sites/ch')).status).toBe(200);
  });

  it('matches a relative base URL on any origin', async () => {
    const mock = createProfileApiMock({ baseUrl: '/api' });
    const response = await mock.fetch('http://shop.test/api/site/demo/sites/main', {
      headers: { Authorization: `Bearer ${mockTokens.customer}` },
    });
    expect(response.status).toBe(200);
  });
});

describe('GET /site/{tenant}/sites', () => {
  it('lists the active sites, each a SiteDto, with X-Count on totalCount=true', async () => {
    const mock = createProfileApiMock({
      sites: [mockSites.main, mockSites.ch, { ...mockSites.ch, code: 'old', active: false }],
    });
    const response = await getSite(mock, 'demo/sites?totalCount=true');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Count')).toBe('2');
    const body = (await response.json()) as unknown[];
    expect(body).toEqual([mockSites.main, mockSites.ch]);
    for (const site of body) expect(contractErrors(siteSchemaRefs.site, site)).toEqual([]);
  });

  it('sends no X-Count unless asked, and 403 for includeInactive=true', async () => {
    const mock = createProfileApiMock();
    expect((await getSite(mock, 'demo/sites')).headers.get('X-Count')).toBeNull();
    expect((await getSite(mock, 'demo/sites?includeInactive=true')).status).toBe(403);
  });
});
