// The packed-tarball test: `pnpm pack` the three packages, install the tarballs with npm
// into a fresh Vite + React app outside the workspace, build it (browser build and SSR
// build), render ProfileCard and ProfileForm on the server with a QueryClient prefilled
// from the mock API, and check the HTML. Proves the published shape works on its own:
// exports (the German messages' subpath included), types-first maps, dependencies,
// 'use client', styles.css.
// Needs the packages built (`pnpm build`) and the npm registry.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tools/chromium-launch-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const rootPkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** The host's own dependencies, at the versions the workspace is tested with. */
/**
 * The host's production CSS (Vite lowers modern CSS for its default browser targets) on
 * the server HTML, in Chromium: the kit's default look must survive a host build whose
 * own CSS declares no `color-scheme`, light and dark.
 * @param {string} html
 * @param {string} css
 * @returns {Promise<[string, boolean][]>}
 */
async function checkLookInChromium(html, css) {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const page = await browser.newPage();
    const look = async (/** @type {string} */ attributes) => {
      await page.setContent(`<style>${css}</style><div ${attributes}>${html}</div>`);
      return page
        .locator('section.pk-card')
        .first()
        .evaluate((card) => {
          const style = getComputedStyle(card);
          return `${style.borderTopStyle} ${style.backgroundColor}`;
        });
    };
    return [
      [
        'built CSS, light: card has its border and white surface',
        (await look('')) === 'solid rgb(255, 255, 255)',
      ],
      [
        'built CSS, data-pk-color-scheme="dark": card turns dark',
        (await look('data-pk-color-scheme="dark"')) === 'solid rgb(22, 27, 34)',
      ],
    ];
  } finally {
    await browser.close();
  }
}

function range(/** @type {string} */ name) {
  const value = rootPkg.devDependencies?.[name];
  if (!value) throw new Error(`root package.json has no ${name}`);
  return value;
}

const work = await mkdtemp(join(tmpdir(), 'profile-kit-tarball-'));
const keep = process.argv.includes('--keep');
let failed = false;
try {
  // 1. Pack. pnpm rewrites workspace: ranges to the packages' versions.
  const packs = join(work, 'packs');
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const name of ['hooks', 'components', 'mock-api']) {
    execFileSync('pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(root, 'packages', name),
      stdio: 'ignore',
    });
    const file = (await readdir(packs)).find((f) => f.startsWith(`profile-kit-${name}-`));
    if (!file) throw new Error(`no tarball for ${name}`);
    tarballs[`@profile-kit/${name}`] = `file:${join(packs, file)}`;
  }
  console.log(`packed ${Object.keys(tarballs).join(', ')} (${seconds()})`);

  // 2. A fresh Vite React app, outside the workspace.
  const app = join(work, 'app');
  await mkdir(join(app, 'src'), { recursive: true });
  const appPkg = {
    name: 'tarball-test-app',
    private: true,
    type: 'module',
    dependencies: {
      ...tarballs,
      '@tanstack/react-query': range('@tanstack/react-query'),
      msw: range('msw'),
      react: range('react'),
      'react-dom': range('react-dom'),
      'react-hook-form': range('react-hook-form'),
      zod: range('zod'),
    },
    devDependencies: {
      '@vitejs/plugin-react': range('@vitejs/plugin-react'),
      vite: range('vite'),
    },
  };
  await writeFile(join(app, 'package.json'), JSON.stringify(appPkg, null, 2));
  await writeFile(
    join(app, 'vite.config.js'),
    `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], logLevel: 'warn' });
`,
  );
  await writeFile(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>
`,
  );
  // Shared by both builds: the page a host would write.
  await writeFile(
    join(app, 'src/profile-page.tsx'),
    `import { ProfileCard, ProfileForm } from '@profile-kit/components';
import { de } from '@profile-kit/components/locales/de';
import { type ProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';

export function ProfilePage({ client, queryClient }: { client: ProfileClient; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session="anna">
        <ProfileCard timeZone="UTC" />
        <ProfileForm languages={['de', 'en']} currencies={['EUR', 'USD']} />
        <ProfileCard locale="de-DE" messages={de} timeZone="UTC" />
      </ProfileKitProvider>
    </QueryClientProvider>
  );
}
`,
  );
  await writeFile(
    join(app, 'src/main.tsx'),
    `import '@profile-kit/components/styles.css';
import { createProfileClient } from '@profile-kit/hooks';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { ProfilePage } from './profile-page';

const client = createProfileClient({ tenant: 'mystore', getAccessToken: () => null });
const root = document.getElementById('root');
if (root) createRoot(root).render(<ProfilePage client={client} queryClient={new QueryClient()} />);
`,
  );
  await writeFile(
    join(app, 'src/entry-server.tsx'),
    `import { createProfileClient, customerProfileQueryOptions } from '@profile-kit/hooks';
import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { ProfilePage } from './profile-page';

export async function render() {
  const mock = createProfileApiMock();
  const client = createProfileClient({
    tenant: mock.tenant,
    baseUrl: mock.baseUrl,
    getAccessToken: () => mockTokens.customer,
    fetch: mock.fetch,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await queryClient.prefetchQuery(customerProfileQueryOptions({ client, session: 'anna' }));
  const html = renderToString(<ProfilePage client={client} queryClient={queryClient} />);
  return { html, requests: mock.requests.length };
}
`,
  );

  // 3. Install with npm, as a host outside any workspace would.
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`npm install of the tarballs and their peers (${seconds()})`);

  // 4. Build: the browser bundle, and the server bundle.
  const vite = join(app, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build'], { cwd: app, stdio: 'inherit' });
  execFileSync(
    process.execPath,
    [vite, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-ssr'],
    { cwd: app, stdio: 'inherit' },
  );
  console.log(`vite build, browser and SSR (${seconds()})`);

  // 5. Render on the server with the built output, and look at what came out.
  const { render } = await import(pathToFileURL(join(app, 'dist-ssr/entry-server.js')).href);
  const { html, requests } = await render();
  const assets = await readdir(join(app, 'dist/assets'));
  const cssFile = assets.find((file) => file.endsWith('.css'));
  const css = cssFile ? await readFile(join(app, 'dist/assets', cssFile), 'utf8') : '';
  const clientJs = (
    await Promise.all(
      assets
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFile(join(app, 'dist/assets', file), 'utf8')),
    )
  ).join('\n');
  /** @type {[string, boolean][]} */
  const checks = [
    ['card is ready', /<section[^>]*data-state="ready"/.test(html)],
    ["card shows the customer's name (Anna Schmidt)", html.includes('Anna Schmidt')],
    ["card shows the customer's email", html.includes('anna.schmidt@example.com')],
    ['form is ready (data-state="idle")', /<form[^>]*data-state="idle"/.test(html)],
    ...['firstName', 'lastName', 'contactEmail', 'contactPhone'].map(
      (name) =>
        /** @type {[string, boolean]} */ ([
          `form has the ${name} text field`,
          new RegExp(`<input[^>]*name="${name}"`).test(html),
        ]),
    ),
    ['first name is prefilled', /<input[^>]*name="firstName"[^>]*value="Anna"/.test(html)],
    ...['preferredLanguage', 'preferredCurrency'].map(
      (name) =>
        /** @type {[string, boolean]} */ ([
          `form has the ${name} picker`,
          new RegExp(`<select[^>]*name="${name}"`).test(html),
        ]),
    ),
    [
      'German card with messages from @profile-kit/components/locales/de',
      html.includes('Letzte Anmeldung'),
    ],
    ['one GET served the prefetch; render sent nothing', requests === 1],
    ['browser build has the kit (the form\'s "Save changes")', clientJs.includes('Save changes')],
    ['browser build has styles.css (--pk- tokens)', css.includes('--pk-')],
  ];
  checks.push(...(await checkLookInChromium(html, css)));
  for (const [what, ok] of checks) {
    console.log(`  ${ok ? '✓' : '✗'} ${what}`);
    if (!ok) failed = true;
  }
  if (failed) console.error(`server HTML was:\n${html}`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
console.log(`tarball test ${failed ? 'FAILED' : 'passed'} in ${seconds()}`);
if (failed) process.exit(1);
