import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockTokens } from '@profile-kit/mock-api';
import { type ProfileApiServer, startProfileApiServer } from '@profile-kit/mock-api/server';
import { type Browser, chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../../tools/chromium-launch-options.mjs';
import { serveStatic } from './serve-static.js';

export const exampleRoot = fileURLToPath(new URL('..', import.meta.url));

/** The built example on a static server, its API server, and a browser to drive it. */
export interface RealApiSite {
  api: ProfileApiServer;
  site: Awaited<ReturnType<typeof serveStatic>>;
  browser: Browser;
  /** What the pages opened since the last call logged as errors or warnings, or threw. */
  takeProblems(): string[];
  close(): Promise<void>;
}

/** `vite build` with `env` set for the build only (Vite reads `VITE_*` from the process). */
export async function buildExample(outDir: string, env: Record<string, string> = {}) {
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

/**
 * The example built in real-API mode — pointed at a local server that speaks the contract,
 * with the customer's token and any `extraEnv` — served, and a Chromium.
 */
export async function startRealApiSite(
  extraEnv: Record<string, string> = {},
): Promise<RealApiSite> {
  const outDir = await mkdtemp(join(tmpdir(), 'profile-kit-example-'));
  const api = await startProfileApiServer();
  await buildExample(outDir, {
    VITE_EMPORIX_API_URL: api.url,
    VITE_EMPORIX_TENANT: 'demo',
    VITE_EMPORIX_TOKEN: mockTokens.customer,
    ...extraEnv,
  });
  const site = await serveStatic(outDir);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  const problems: string[] = [];
  // Every page the tests open reports its console errors and warnings and uncaught errors.
  // Chromium's own line for an HTTP error answer ("Failed to load resource") is left out:
  // the tests ask the API for those on purpose.
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      if (message.text().startsWith('Failed to load resource')) return;
      problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    return page;
  };
  return {
    api,
    site,
    browser,
    takeProblems: () => problems.splice(0),
    async close() {
      await browser.close();
      await site.close();
      await api.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
