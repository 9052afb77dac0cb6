import { mockTokens } from '@profile-kit/mock-api';
import type { ProfileApiServer } from '@profile-kit/mock-api/server';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RealApiSite, startRealApiSite } from './real-api-site.js';

let api: ProfileApiServer;
let site: RealApiSite['site'];
let browser: Browser;
let closeSite: RealApiSite['close'] | undefined;
let takeProblems: RealApiSite['takeProblems'] = () => [];

// The page built in real-API mode against a local server that speaks the contract.
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

async function waitForFocus(locator: Locator) {
  await locator.waitFor();
  await expect
    .poll(() => locator.evaluate((element) => element === document.activeElement))
    .toBe(true);
}

async function openBook(): Promise<{ page: Page; book: Locator }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await page.goto(site.url);
  const book = page.getByRole('region', { name: 'Addresses' });
  await book.getByRole('article').first().waitFor();
  return { page, book };
}

const stored = () => api.mock.profileFor(mockTokens.customer)?.addresses ?? [];
const requests = (method: string) =>
  api.mock.requests.filter(
    (request) => request.method === method && request.path.includes('/addresses'),
  );

describe('the example page: Addresses', () => {
  it('adds, edits, makes default and removes an address', async () => {
    api.mock.reset();
    const { page, book } = await openBook();
    expect(await book.getByRole('article').count()).toBe(2);

    // Add
    await book.getByRole('button', { name: 'Add an address' }).click();
    const form = book.getByRole('region', { name: 'New address' });
    await form.getByLabel('Contact name').fill('Eva Meier');
    await form.getByRole('combobox', { name: 'Country' }).selectOption('GB');
    await form.getByRole('textbox', { name: 'Street' }).fill('Baker Street');
    await form.getByRole('textbox', { name: 'House number' }).fill('221B');
    await form.getByRole('textbox', { name: 'Town or city' }).fill('London');
    await form.getByRole('textbox', { name: 'Postcode' }).fill('NW1 6XE');
    await form.getByRole('button', { name: 'Add address' }).click();
    const eva = book.getByRole('article', { name: 'Eva Meier' });
    await waitForFocus(eva);
    await expect.poll(() => stored().length).toBe(3);
    expect(requests('POST')[0]?.body).toMatchObject({
      contactName: 'Eva Meier',
      country: 'GB',
      zipCode: 'NW1 6XE',
    });

    // Edit: only the changed field goes out, with PATCH
    await eva.getByRole('button', { name: 'Edit: address of Eva Meier' }).click();
    const edit = book.getByRole('region', { name: 'Edit address' });
    await edit.getByRole('textbox', { name: 'House number' }).fill('221A');
    await edit.getByRole('button', { name: 'Save address' }).click();
    await waitForFocus(eva.getByRole('button', { name: 'Edit: address of Eva Meier' }));
    await eva.getByText('221A Baker Street').waitFor();
    expect(requests('PATCH').map((request) => request.body)).toEqual([{ streetNumber: '221A' }]);

    // Make default: the card moves to the top, one default shown
    await eva.getByRole('button', { name: 'Make default: address of Eva Meier' }).click();
    await expect.poll(() => book.getByRole('article').first().textContent()).toContain('Eva Meier');
    await expect.poll(() => book.getByText('Default address', { exact: true }).count()).toBe(1);
    await expect
      .poll(() =>
        stored()
          .filter((address) => address.isDefault)
          .map((address) => address.contactName),
      )
      .toEqual(['Eva Meier']);

    // Remove: focus to the heading, the status says so
    await book.getByRole('button', { name: 'Remove: address of Eva Meier' }).click();
    await waitForFocus(book.getByRole('heading', { name: 'Addresses' }));
    await book
      .getByRole('status')
      .getByText('The address of Eva Meier has been removed.')
      .waitFor();
    await expect.poll(() => stored().length).toBe(2);
    expect(await book.getByRole('article').count()).toBe(2);

    // After a reload the page shows what the API holds
    await page.reload();
    await book.getByRole('article').first().waitFor();
    expect(await book.getByRole('article', { name: 'Eva Meier' }).count()).toBe(0);
    await page.close();
  }, 60_000);

  it('fits a 320 px phone in German: no sideways scroll, no clipped label, with the form open', async () => {
    api.mock.reset();
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(site.url);
    await page.getByLabel(/Language|Sprache/).selectOption('de');
    const book = page.getByRole('region', { name: 'Adressen' });
    await book.getByRole('article').first().waitFor();
    await book.getByRole('button', { name: 'Adresse hinzufügen' }).click();
    await book.getByRole('textbox', { name: 'Name' }).waitFor();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      clipped: [...document.querySelectorAll('label, button, legend, h1, h2, h3')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent),
    }));
    expect(overflow).toEqual({ page: 0, clipped: [] });
    await page.close();
  }, 60_000);

  it('speaks German with the page', async () => {
    api.mock.reset();
    const { page } = await openBook();
    await page.getByLabel('Language').selectOption('de');
    const book = page.getByRole('region', { name: 'Adressen' });
    await book.getByRole('button', { name: 'Adresse hinzufügen' }).waitFor();
    await book.getByText('Deutschland').first().waitFor();
    await page.close();
  }, 60_000);
});
