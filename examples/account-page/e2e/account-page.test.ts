import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockProfiles, mockTokens } from '@profile-kit/mock-api';
import type { ProfileApiServer } from '@profile-kit/mock-api/server';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildExample, type RealApiSite, startRealApiSite } from './real-api-site.js';
import { serveStatic } from './serve-static.js';

let api: ProfileApiServer;
let site: RealApiSite['site'];
let browser: Browser;
let closeSite: RealApiSite['close'] | undefined;
let takeProblems: RealApiSite['takeProblems'] = () => [];

beforeAll(async () => {
  ({ api, site, browser, close: closeSite, takeProblems } = await startRealApiSite());
}, 120_000);

afterAll(async () => {
  await closeSite?.();
});

// Whatever a test did, no page logged an error or a warning, or threw.
afterEach(() => {
  expect(takeProblems()).toEqual([]);
});

/** `CAPTURE_SCREENSHOTS=1` saves the README's pictures of the real page as the test runs. */
async function capture(page: Page, name: string) {
  if (!process.env.CAPTURE_SCREENSHOTS) return;
  const path = fileURLToPath(new URL(`../../../docs/images/${name}.png`, import.meta.url));
  await page.locator('main').screenshot({ path });
}

/** Waits until `locator`'s element (e.g. a button) is the document's focused element. */
async function waitForFocus(locator: Locator) {
  await locator.waitFor();
  await expect
    .poll(() => locator.evaluate((element) => element === document.activeElement))
    .toBe(true);
}

async function openPage(): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(site.url);
  return { page, requested };
}

describe('the built example page, in real-API mode', () => {
  beforeAll(() => api.mock.clearRequests());

  it('edits the profile, and shows the saved value after a reload', async () => {
    api.mock.reset();
    const { page, requested } = await openPage();
    await page.getByRole('heading', { name: 'Ms Anna Schmidt' }).waitFor();
    // The kit's default look survives a production CSS build: the card keeps its border
    // and surface (a lowered light-dark() once made both invalid).
    const card = page.locator('section.pk-card');
    expect(
      await card.evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.borderTopStyle, style.borderTopColor, style.backgroundColor];
      }),
    ).toEqual(['solid', 'rgb(209, 217, 224)', 'rgb(255, 255, 255)']);
    await capture(page, 'profile-card');

    await page.getByRole('button', { name: 'Edit profile' }).click();
    const phone = page.getByLabel('Phone');
    await capture(page, 'profile-form');
    await phone.fill('+49 30 9876543');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // Saved: the page goes back to the card, which shows the new number.
    await waitForFocus(page.getByRole('button', { name: 'Edit profile' }));
    await page.getByText('+49 30 9876543').waitFor();

    await page.reload();
    await page.getByText('+49 30 9876543').waitFor();
    expect(api.mock.profileFor(mockTokens.customer)?.contactPhone).toBe('+49 30 9876543');
    const patches = api.mock.requests.filter((request) => request.method === 'PATCH');
    expect(patches.map((request) => request.body)).toEqual([
      { contactPhone: '+49 30 9876543', metadata: { version: 1 } },
    ]);
    // Real-API mode loads no mock at all: no worker script, no service worker.
    expect(requested.some((url) => url.includes('mockServiceWorker'))).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await page.close();
  }, 60_000);

  it('starts with a skip link to the profile, and Tab follows the reading order', async () => {
    api.mock.reset();
    const { page } = await openPage();
    await page.getByRole('button', { name: 'Edit profile' }).waitFor();

    // The first Tab shows the skip link; following it puts focus in the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to your profile' });
    await waitForFocus(skip);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('profile');
    await page.keyboard.press('Tab');
    await waitForFocus(page.getByRole('button', { name: 'Edit profile' }));

    // From the top, Tab visits the page top to bottom, left to right: header, menu, profile.
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Edit profile' }).waitFor();
    const order: { top: number; left: number; name: string }[] = [];
    // Skip link, logo, the two header pickers, the four menu links, the card's Edit.
    for (let step = 0; step < 9; step++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const box = element.getBoundingClientRect();
          // Page coordinates: focusing further down may scroll.
          return {
            top: box.top + window.scrollY,
            left: box.left + window.scrollX,
            name: element.textContent?.trim() ?? '',
          };
        }),
      );
    }
    const region = (top: number) => (top < 60 ? 0 : 1); // the header, then the page body
    for (let i = 2; i < order.length; i++) {
      const [before, after] = [order[i - 1], order[i]];
      if (!before || !after) continue;
      expect(region(after.top)).toBeGreaterThanOrEqual(region(before.top));
    }
    expect(order.map((stop) => stop.name)).toEqual([
      'Skip to your profile',
      'Northwind Outfitters',
      expect.any(String),
      expect.any(String),
      'Profile',
      'Orders',
      'Addresses',
      'Sign-in & security',
      'Edit profile',
    ]);
    await page.close();
  }, 60_000);

  it('moves focus with the swap, and confirms a save in a live region outside it', async () => {
    api.mock.reset();
    const { page } = await openPage();
    const edit = page.getByRole('button', { name: 'Edit profile' });
    const form = page.locator('form');
    const saved = page.getByRole('status').filter({ hasText: 'Your profile has been saved.' });

    // Edit: focus lands on the form's first field, not on <body>.
    await edit.click();
    await waitForFocus(page.getByRole('combobox', { name: 'Title' }));
    expect(await form.evaluate((element) => element.contains(document.activeElement))).toBe(true);

    // Cancel: back on "Edit profile"; nothing was saved, so nothing is confirmed.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitForFocus(edit);
    expect(await form.count()).toBe(0);
    expect(await saved.count()).toBe(0);

    // Save, by keyboard: the form is gone, focus is on "Edit profile", and the page's
    // status region — in the DOM before the save, beside the swapped card and form rather
    // than inside them — says it was saved.
    const status = page.locator('main > [role="status"]');
    expect(await status.count()).toBe(1);
    expect(await status.textContent()).toBe('');
    await edit.press('Enter');
    const company = page.getByLabel('Company', { exact: true });
    await company.fill('Schmidt Design');
    await company.press('Enter');
    await waitForFocus(edit);
    await saved.waitFor();
    expect(await form.count()).toBe(0);
    expect(await status.textContent()).toBe('Your profile has been saved.');

    // Editing again takes the old confirmation away, so the next save is announced anew.
    await edit.press('Enter');
    await waitForFocus(page.getByRole('combobox', { name: 'Title' }));
    expect(await status.textContent()).toBe('');
    await page.close();
  }, 60_000);

  it('offers what the chosen shop offers, read once per site from Site Settings', async () => {
    api.mock.reset();
    api.mock.clearRequests();
    const { page } = await openPage();
    const options = (name: string) =>
      page.getByRole('combobox', { name }).locator('option').allTextContents();
    await page.getByRole('button', { name: 'Edit profile' }).click();
    await page.getByRole('combobox', { name: 'Preferred currency' }).waitFor();
    expect(await options('Preferred currency')).toEqual(['Euro – EUR', 'US Dollar – USD']);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Shop').selectOption({ label: 'Schweiz' });
    await page.getByRole('button', { name: 'Edit profile' }).click();
    await expect
      .poll(() => options('Preferred currency'))
      .toEqual(['Swiss Franc – CHF', 'Euro – EUR']);
    expect(await options('Preferred language')).toEqual(
      expect.arrayContaining(['German – de', 'French – fr']),
    );
    const siteReads = api.mock.requests
      .filter((request) => request.method === 'GET' && request.path.includes('/sites/'))
      .map((request) => request.path);
    expect(siteReads).toEqual(['/site/demo/sites/main', '/site/demo/sites/ch']);
    await page.close();
  }, 60_000);

  it('switches the kit to German with the page language', async () => {
    api.mock.reset();
    const { page } = await openPage();
    await page.getByRole('heading', { name: 'Ms Anna Schmidt' }).waitFor();
    await page.getByLabel('Language').selectOption('de');
    // The German messages, passed with the locale, and German names from Intl.
    await page.getByRole('heading', { name: 'Frau Anna Schmidt' }).waitFor();
    await page.getByRole('button', { name: 'Profil bearbeiten' }).waitFor();
    await page.getByText('Deutsch (Deutschland) – de_DE').waitFor();

    // The page's own "saved" confirmation is the kit's German text too.
    await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
    await page.getByLabel('Firma', { exact: true }).fill('Schmidt Design');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Profil wurde gespeichert.' }).waitFor();
    await page.close();
  }, 60_000);

  it('shows a sign-in prompt for an anonymous token', async () => {
    api.mock.seed([
      { token: mockTokens.customer, profile: mockProfiles.anonymous, anonymous: true },
    ]);
    const { page } = await openPage();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit profile' }).count()).toBe(0);
    await page.close();
  }, 60_000);

  it('says the session expired for an expired token, without crashing', async () => {
    api.mock.reset();
    api.mock.expireToken(mockTokens.customer);
    const { page } = await openPage();
    await page.getByText('Your session has expired. Sign in again to see your profile.').waitFor();
    // The card and the address book each say so, each with its way back in.
    const card = page.locator('section.pk-card');
    await card.getByRole('button', { name: 'Sign in again' }).waitFor();
    const book = page.getByRole('region', { name: 'Addresses' });
    await book
      .getByText('Your session has expired. Sign in again to change your addresses.')
      .waitFor();
    await book.getByRole('button', { name: 'Sign in again' }).waitFor();
    await page.close();
  }, 60_000);
});

describe('the built example page, in its default mock mode', () => {
  let mockSite: Awaited<ReturnType<typeof serveStatic>>;
  let mockOutDir: string;

  beforeAll(async () => {
    mockOutDir = await mkdtemp(join(tmpdir(), 'profile-kit-example-mock-'));
    await buildExample(mockOutDir);
    mockSite = await serveStatic(mockOutDir);
  }, 120_000);

  afterAll(async () => {
    await mockSite?.close();
    if (mockOutDir) await rm(mockOutDir, { recursive: true, force: true });
  });

  it('runs on the embedded mock with no API server, and switches customers cleanly', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(mockSite.url)) outside.push(request.url());
    });
    await page.goto(mockSite.url);
    await page.getByRole('heading', { name: 'Ms Anna Schmidt' }).waitFor();

    await page.getByLabel('Demo customer').selectOption({ label: 'John (B2B)' });
    await page.getByRole('heading', { name: 'John Michael Doe' }).waitFor();
    expect(await page.getByText('Anna Schmidt').count()).toBe(0);

    // The MSW worker answered every API call: none of them reached a network. The client
    // talks to an address that cannot resolve, so a request the worker missed would fail
    // here instead of taking the demo tokens to the real API.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((url) => url.startsWith('https://mock-api.invalid/'))).toBe(true);
    // What the worker does not answer fails right in the browser, as a network error.
    const missed = await page.evaluate(() =>
      fetch('https://mock-api.invalid/not-mocked').then(
        () => 'answered',
        (error: unknown) => (error instanceof Error ? error.name : String(error)),
      ),
    );
    expect(missed).toBe('TypeError');
    await page.close();
  }, 60_000);
});
