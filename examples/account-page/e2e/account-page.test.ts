import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockProfiles, mockTokens } from '@profile-kit/mock-api';
import { type ProfileApiServer, startProfileApiServer } from '@profile-kit/mock-api/server';
import { type Browser, chromium, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../tools/chromium-launch-options.js';
import { serveStatic } from './serve-static.js';

const exampleRoot = fileURLToPath(new URL('..', import.meta.url));

let api: ProfileApiServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let outDir: string;

/** `vite build` in real-API mode, pointed at a local server that speaks the contract. */
async function buildForRealApi(apiUrl: string) {
  const env = {
    VITE_EMPORIX_API_URL: apiUrl,
    VITE_EMPORIX_TENANT: 'demo',
    VITE_EMPORIX_TOKEN: mockTokens.customer,
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await build({ root: exampleRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'profile-kit-example-'));
  api = await startProfileApiServer();
  await buildForRealApi(api.url);
  site = await serveStatic(outDir);
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function openPage(): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(site.url);
  return { page, requested };
}

describe('the built example page, in real-API mode', () => {
  it('edits the profile, and shows the saved value after a reload', async () => {
    api.mock.reset();
    const { page, requested } = await openPage();
    const profile = page.getByRole('region', { name: /profile/i });
    await expect.poll(() => profile.getByText('Anna Schmidt').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Edit profile' }).click();
    const phone = page.getByLabel('Phone');
    await phone.fill('+49 30 9876543');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('+49 30 9876543').isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => page.getByText('+49 30 9876543').isVisible()).toBe(true);
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

  it('shows a sign-in prompt for an anonymous token', async () => {
    api.mock.seed([
      { token: mockTokens.customer, profile: mockProfiles.anonymous, anonymous: true },
    ]);
    const { page } = await openPage();
    await expect.poll(() => page.getByRole('button', { name: /sign in/i }).isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('says the session expired for an expired token, without crashing', async () => {
    api.mock.reset();
    api.mock.expireToken(mockTokens.customer);
    const { page } = await openPage();
    await expect.poll(() => page.getByText(/session has expired/i).isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
