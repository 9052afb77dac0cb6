import { mockTokens } from '@profile-kit/mock-api';
import { type ProfileApiServer, startProfileApiServer } from '@profile-kit/mock-api/server';
import { type Browser, type BrowserContextOptions, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../tools/chromium-launch-options.mjs';
import { buildNextApp, type NextServer, startNextApp } from './next-app';
import { type PageWatch, watchPage } from './watch-page';

const token = mockTokens.customer;
/** The server's zone; visitors below are elsewhere too. */
const serverZone = 'America/Los_Angeles';

let api: ProfileApiServer;
let app: NextServer;
let browser: Browser;

beforeAll(async () => {
  api = await startProfileApiServer();
  const buildMs = await buildNextApp();
  console.info(`next build (Turbopack): ${(buildMs / 1000).toFixed(1)} s`);
  app = await startNextApp({
    TZ: serverZone,
    EMPORIX_API_URL: api.url,
    EMPORIX_TENANT: 'demo',
    DEMO_SIGN_IN_TOKEN: token,
  });
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await api?.close();
});

const apiCalls = (method: string) => api.mock.requests.filter((r) => r.method === method);

/** The demo sign-in over plain HTTP: the `Cookie` header a browser would send next. */
async function signInOverHttp() {
  const answer = await fetch(`${app.url}/api/demo-sign-in`, { method: 'POST', redirect: 'manual' });
  expect(answer.status).toBe(303);
  const setCookies = answer.headers.getSetCookie();
  expect(setCookies).toHaveLength(2);
  for (const cookie of setCookies) expect(cookie).toMatch(/;\s*httponly/i);
  return setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** A visitor in `options`' zone and locale signs in and lands on the hydrated account page. */
async function openAccountPage(options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Sign in (demo)' }).click();
  await page.waitForURL(`${app.url}/account`);
  await page.getByRole('heading', { name: 'Ms Anna Schmidt' }).waitFor();
  // Loaded, hydrated and settled: every script ran and nothing is in flight.
  await page.waitForLoadState('networkidle');
  return { context, page, watch };
}

/** The token never reached the page: not its cookies, requests or anything it received. */
async function expectNoTokenIn(page: import('playwright').Page, watch: PageWatch) {
  expect(await page.evaluate(() => document.cookie)).not.toContain(token);
  expect(await page.content()).not.toContain(token);
  for (const authorization of watch.authorizations) expect(authorization).not.toContain(token);
  const bodies = await watch.bodies();
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(body).not.toContain(token);
}

describe('the Next.js account page (next build + next start)', () => {
  it('server-renders the card: the name is in the first HTML, the token is not', async () => {
    api.mock.reset();
    const cookie = await signInOverHttp();
    const answer = await fetch(`${app.url}/account`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain('Anna Schmidt');
    expect(html).toContain('anna.schmidt@example.com');
    // The address book too, from @profile-kit/components/addresses.
    expect(html).toContain('Platz der Republik 1');
    expect(html).not.toContain(token);
    // The server read the profile and the addresses once each, with the cookie's token.
    expect(apiCalls('GET').map((r) => [r.path, r.authorization])).toEqual(
      expect.arrayContaining([
        ['/customer/demo/me', 'bearer'],
        ['/customer/demo/me/addresses', 'bearer'],
      ]),
    );
    expect(apiCalls('GET')).toHaveLength(2);
  });

  it('hydrates with no console warning and reads nothing more in the browser', async () => {
    api.mock.reset();
    const { context, page, watch } = await openAccountPage({
      timezoneId: serverZone,
      locale: 'en-US',
    });
    // Hydrated: the Edit button works, and the form is filled from the same cache.
    await page.getByRole('button', { name: 'Edit profile' }).click();
    await page.getByLabel('Phone').waitFor();
    expect(await page.getByLabel('Phone').inputValue()).toBe('+49 30 1234567');
    await page.waitForLoadState('networkidle');
    expect(watch.problems).toEqual([]);
    expect(watch.apiCalls).toEqual([]);
    expect(apiCalls('GET')).toHaveLength(2); // the server's prefetch: profile and addresses
    await expectNoTokenIn(page, watch);
    await context.close();
  }, 60_000);

  it('saves an edited phone with one PATCH and at most one GET, through the proxy', async () => {
    api.mock.reset();
    const { context, page, watch } = await openAccountPage({ timezoneId: serverZone });
    api.mock.clearRequests();
    await page.getByRole('button', { name: 'Edit profile' }).click();
    await page.getByLabel('Phone').fill('+49 30 9876543');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // Saved: back on the card, which shows the new number.
    await page.getByRole('button', { name: 'Edit profile' }).waitFor();
    await page.getByText('+49 30 9876543').waitFor();
    await page.waitForLoadState('networkidle');

    const patches = watch.apiCalls.filter((call) => call.startsWith('PATCH '));
    const reads = watch.apiCalls.filter((call) => call.startsWith('GET '));
    expect(patches).toEqual(['PATCH /api/emporix/customer/demo/me']);
    expect(reads.length).toBeLessThanOrEqual(1);
    expect(apiCalls('PATCH').map((r) => [r.body, r.authorization])).toEqual([
      [{ contactPhone: '+49 30 9876543', metadata: { version: 1 } }, 'bearer'],
    ]);
    expect(apiCalls('GET').length).toBeLessThanOrEqual(1);
    expect(api.mock.profileFor(token)?.contactPhone).toBe('+49 30 9876543');
    expect(watch.problems).toEqual([]);
    await expectNoTokenIn(page, watch);
    await context.close();
  }, 60_000);

  it('adds, makes default and removes an address through the proxy, with the cookie token', async () => {
    api.mock.reset();
    const { context, page, watch } = await openAccountPage({ timezoneId: serverZone });
    await page.getByRole('article', { name: 'Anna Schmidt' }).first().waitFor();
    api.mock.clearRequests();
    await page.getByRole('button', { name: 'Add an address' }).click();
    await page.getByLabel('Contact name').fill('Eva Meier');
    await page.getByLabel('Street', { exact: true }).fill('Unter den Linden');
    await page.getByLabel('Postal code').fill('10117');
    await page.getByLabel('City').fill('Berlin');
    await page.getByRole('button', { name: 'Add address' }).click();
    await page.getByRole('article', { name: 'Eva Meier' }).waitFor();
    await page.waitForLoadState('networkidle');

    const posts = watch.apiCalls.filter((call) => call.startsWith('POST '));
    expect(posts).toEqual(['POST /api/emporix/customer/demo/me/addresses']);
    expect(apiCalls('POST').map((r) => [r.body, r.authorization])).toEqual([
      [
        {
          contactName: 'Eva Meier',
          country: 'DE',
          street: 'Unter den Linden',
          zipCode: '10117',
          city: 'Berlin',
        },
        'bearer',
      ],
    ]);
    const stored = () => api.mock.profileFor(token)?.addresses ?? [];
    expect(stored().some((address) => address.contactName === 'Eva Meier')).toBe(true);

    // Make it the default (a PATCH), then remove it (a DELETE), through the same proxy.
    const eva = page.getByRole('article', { name: 'Eva Meier' });
    await eva.getByRole('button', { name: 'Make default: address of Eva Meier' }).click();
    await expect
      .poll(() => stored().find((address) => address.isDefault)?.contactName)
      .toBe('Eva Meier');
    await page.getByRole('button', { name: 'Remove: address of Eva Meier' }).click();
    await expect.poll(() => stored().length).toBe(2);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('article', { name: 'Eva Meier' }).count()).toBe(0);
    const writes = watch.apiCalls.filter((call) => !call.startsWith('GET '));
    expect(writes).toEqual([
      'POST /api/emporix/customer/demo/me/addresses',
      expect.stringMatching(/^PATCH \/api\/emporix\/customer\/demo\/me\/addresses\/[\w-]+$/),
      expect.stringMatching(/^DELETE \/api\/emporix\/customer\/demo\/me\/addresses\/[\w-]+$/),
    ]);
    expect(watch.problems).toEqual([]);
    await expectNoTokenIn(page, watch);
    await context.close();
  }, 60_000);

  it('hydrates cleanly for a visitor in another time zone and locale than the server', async () => {
    api.mock.reset();
    const { context, page, watch } = await openAccountPage({
      timezoneId: 'Pacific/Kiritimati',
      locale: 'de-DE',
    });
    expect(watch.problems).toEqual([]);
    expect(watch.apiCalls).toEqual([]);
    // After hydration the last login is shown in the visitor's own zone.
    const lastLogin = page.locator('time');
    const inVisitorsZone = await lastLogin.evaluate((time) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(time.getAttribute('datetime') ?? ''),
      ),
    );
    await expect.poll(() => lastLogin.textContent()).toBe(inVisitorsZone);
    await expectNoTokenIn(page, watch);
    await context.close();
  }, 60_000);

  it('proxies only for a signed-in visitor, only its tenant, and no PATCH from elsewhere', async () => {
    api.mock.reset();
    const cookie = await signInOverHttp();
    const me = (tenant: string) => `${app.url}/api/emporix/customer/${tenant}/me`;
    const patch = (origin: string) =>
      fetch(me('demo'), {
        method: 'PATCH',
        headers: { cookie, origin, 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ company: 'Elsewhere Ltd' }),
      });
    expect((await fetch(me('demo'))).status).toBe(401); // no cookie
    expect((await fetch(`${me('demo')}/addresses`)).status).toBe(401);
    expect((await fetch(me('othershop'), { headers: { cookie } })).status).toBe(404);
    // Only the address book below /me: no relay to other paths of the API.
    const below = (path: string) => fetch(`${me('demo')}${path}`, { headers: { cookie } });
    expect((await below('/addresses')).status).toBe(200);
    expect((await below('/addresses/a/b/c')).status).toBe(404);
    expect((await below('/addresses/..%2F..%2Fsite')).status).toBe(404);
    expect((await patch('https://evil.example')).status).toBe(403);
    expect(apiCalls('PATCH')).toEqual([]);
    expect((await patch(app.url)).status).toBe(200);
    expect(api.mock.profileFor(token)?.company).toBe('Elsewhere Ltd');
  });

  it('never prints the token on the Next server', () => {
    expect(app.output()).not.toContain(token);
  });
});
