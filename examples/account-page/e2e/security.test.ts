import { mockPasswords, mockTokens } from '@profile-kit/mock-api';
import type { ProfileApiServer } from '@profile-kit/mock-api/server';
import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RealApiSite, startRealApiSite } from './real-api-site.js';

let api: ProfileApiServer;
let site: RealApiSite['site'];
let browser: Browser;
let closeSite: RealApiSite['close'] | undefined;
let takeProblems: RealApiSite['takeProblems'] = () => [];

// Real-API mode with the storefront's anonymous token too, for the page the mail links to.
beforeAll(async () => {
  ({
    api,
    site,
    browser,
    close: closeSite,
    takeProblems,
  } = await startRealApiSite({
    VITE_EMPORIX_ANONYMOUS_TOKEN: mockTokens.anonymous,
  }));
}, 120_000);

afterAll(async () => {
  await closeSite?.();
});

// Whatever a test did, no page logged an error or a warning, or threw.
afterEach(() => {
  expect(takeProblems()).toEqual([]);
});

/** The Sign-in & security section, reached from the account menu as a customer does. */
async function openSecurity(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await page.goto(site.url);
  await page.getByRole('link', { name: 'Sign-in & security' }).click();
  await page.getByRole('heading', { name: 'Sign-in & security', level: 1 }).waitFor();
  // The section replaces the profile page: neither the profile nor the address book is shown.
  expect(await page.getByRole('region', { name: 'Addresses' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Edit profile' }).count()).toBe(0);
  return page;
}

const posts = (path: string) =>
  api.mock.requests.filter((request) => request.method === 'POST' && request.path === path);

describe('the example page: Sign-in & security, in real-API mode', () => {
  it('fits a 320 px phone in German, with every field error shown', async () => {
    api.mock.reset();
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(site.url);
    await page.getByLabel(/Language|Sprache/).selectOption('de');
    await page.getByRole('link', { name: 'Anmeldung & Sicherheit' }).click();
    await page.getByRole('heading', { name: 'Anmeldung & Sicherheit', level: 1 }).waitFor();
    // Submitting the empty forms puts an error under every field.
    for (const name of ['E-Mail ändern', 'Passwort ändern']) {
      await page.getByRole('button', { name }).click();
    }
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(3);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    expect(posts('/customer/demo/password/change')).toEqual([]);
    await page.close();
  }, 60_000);

  it('changes the password after a wrong current password, which is said on its field', async () => {
    api.mock.reset();
    const page = await openSecurity();
    const form = page.locator('form', {
      has: page.getByRole('button', { name: 'Change password' }),
    });
    const current = form.getByLabel('Current password', { exact: true });
    await current.fill('not-my-password');
    await form.getByLabel('New password', { exact: true }).fill('N3w-Secret-2026!');
    await form.getByLabel('Repeat new password', { exact: true }).fill('N3w-Secret-2026!');
    await form.getByRole('button', { name: 'Change password' }).click();

    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('This password is not correct.').waitFor();
    expect(await form.getByLabel('New password', { exact: true }).inputValue()).toBe(
      'N3w-Secret-2026!',
    );

    await current.fill(mockPasswords.customer);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
    expect(await current.inputValue()).toBe('');
    // Two requests, the passwords never logged by the mock, never in the page's markup.
    const sent = posts('/customer/demo/password/change');
    expect(sent).toHaveLength(2);
    expect(JSON.stringify(sent)).not.toContain(mockPasswords.customer);
    expect(await page.content()).not.toContain('N3w-Secret-2026!');
    await page.close();
  }, 60_000);

  it('changes the email through the confirm link, opened where nobody is signed in', async () => {
    api.mock.reset();
    const page = await openSecurity();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Change email' }) });
    await form.getByText('You sign in with anna.schmidt@example.com.').waitFor();
    await form.getByLabel('New email address').fill('anna@example.org');
    await form.getByLabel('Password', { exact: true }).fill(mockPasswords.customer);
    await form.getByLabel('Also use it as my contact email').check();
    await form.getByRole('button', { name: 'Change email' }).click();
    await form.getByText('Check your inbox: we sent a link to anna@example.org.').waitFor();
    // Nothing has changed yet: only the link does that.
    expect(api.mock.profileFor(mockTokens.customer)?.accounts).toEqual([
      { id: 'anna.schmidt@example.com' },
    ]);

    // The mail's link, in another browser profile: no session, no storage.
    const token = api.mock.emailChangeToken(mockTokens.customer);
    expect(token).toEqual(expect.any(String));
    const mail = await browser.newContext();
    const link = await mail.newPage();
    await link.goto(`${site.url}?emailToken=${token}`);
    await link
      .getByRole('status')
      .filter({ hasText: 'Your new email address is confirmed.' })
      .waitFor();
    expect(api.mock.profileFor(mockTokens.customer)?.accounts).toEqual([
      { id: 'anna@example.org' },
    ]);
    expect(api.mock.profileFor(mockTokens.customer)?.contactEmail).toBe('anna@example.org');
    // The confirm call went out under the anonymous token (a customer token gets 403).
    expect(posts('/customer/demo/me/accounts/internal/email/change/confirm')).toHaveLength(1);
    // The token has left the address bar (history, bookmarks, Referer).
    expect(link.url()).not.toContain(String(token));

    // The same link again: used up, and the page says what to do next.
    await link.goto(`${site.url}?emailToken=${token}`);
    await link.getByRole('alert').filter({ hasText: 'This link is not valid' }).waitFor();
    await mail.close();

    // Back on the account page, the profile shows the new contact email.
    await page.getByRole('link', { name: 'Profile', exact: true }).click();
    await page.reload();
    await page.getByText('anna@example.org').first().waitFor();
    await page.close();
  }, 60_000);
});
