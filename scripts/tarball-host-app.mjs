// The fresh host app the tarball test installs the kit into: a Vite + React app with a
// page that shows ProfileCard and ProfileForm, and — from the subpath entries — an
// AddressBook and a ChangePasswordForm in German; a server entry that renders it from a
// QueryClient prefilled through the mock API, and the checks on what the builds produce.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tools/chromium-launch-options.mjs';

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

/**
 * The browser build hydrating the server's HTML in Chromium, served from dist/ on a made-up
 * origin: React must adopt the markup with no hydration error or warning and send nothing.
 * @param {string} app
 * @param {string} html
 * @param {unknown} state the server's dehydrated cache
 * @returns {Promise<[string, boolean][]>}
 */
async function checkHydrationInChromium(app, html, state) {
  const origin = 'http://host.test';
  const page0 = await readFile(join(app, 'dist/index.html'), 'utf8');
  // `<` escaped so no profile text can close the script early.
  const stateScript = `<script>window.__PROFILE_STATE__=${JSON.stringify(state).replaceAll('<', '\\u003c')}</script>`;
  const served = page0
    .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
    .replace('<script type="module"', `${stateScript}<script type="module"`);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    /** @type {string[]} */
    const apiCalls = [];
    await page.route(`${origin}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/')
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: served });
      const file = join(app, 'dist', path);
      const type = `${path.endsWith('.css') ? 'text/css' : 'text/javascript'}; charset=utf-8`;
      return route.fulfill({ contentType: type, body: await readFile(file) });
    });
    await page.route(
      (url) => !url.href.startsWith(origin),
      (route) => {
        apiCalls.push(`${route.request().method()} ${route.request().url()}`);
        return route.abort();
      },
    );
    await page.goto(`${origin}/`);
    const hydrated = await page
      .waitForSelector('html[data-hydrated="true"]', { timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    const name = await page.locator('section.pk-card').first().textContent();
    return [
      ['browser build hydrates the server HTML (its effects ran)', hydrated],
      [
        `hydration without an error or warning${problems.length ? `: ${problems.join(' | ')}` : ''}`,
        problems.length === 0,
      ],
      ['the hydrated card still shows Anna Schmidt', Boolean(name?.includes('Anna Schmidt'))],
      [
        `no request after hydration${apiCalls.length ? `: ${apiCalls.join(', ')}` : ''}`,
        apiCalls.length === 0,
      ],
    ];
  } finally {
    await browser.close();
  }
}

/**
 * Writes the app's sources and a package.json with the host's own dependencies only (the
 * kit and its peers come from the documented install commands).
 * @param {string} app
 * @param {{ dependencies: Record<string, string>, devDependencies: Record<string, string> }} own
 */
export async function writeHostApp(app, own) {
  await mkdir(join(app, 'src'), { recursive: true });
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'tarball-test-app', private: true, type: 'module', ...own }, null, 2),
  );
  await writeFile(
    join(app, 'vite.config.js'),
    `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], logLevel: 'warn' });
`,
  );
  // A strict host: what the kit's types must hold up under, as installed.
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: ['vite/client'],
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  await writeFile(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>
`,
  );
  // Shared by both builds: the page a host would write.
  await writeFile(
    join(app, 'src/profile-page.tsx'),
    `import { ProfileCard, ProfileForm } from '@profile-kit/components';
import { ChangePasswordForm } from '@profile-kit/components/account';
import { AddressBook } from '@profile-kit/components/addresses';
import { de, deAddressMessages } from '@profile-kit/components/locales/de';
import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { type ProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';

export function ProfilePage({ client, queryClient }: { client: ProfileClient; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session="anna">
        <ProfileCard timeZone="UTC" />
        <ProfileForm languages={['de', 'en']} currencies={['EUR', 'USD']} />
        <ProfileCard locale="de-DE" messages={de} timeZone="UTC" />
        <AddressBook locale="de-DE" messages={deAddressMessages} countries={['DE', 'AT', 'CH']} />
        <ChangePasswordForm locale="de-DE" messages={deAccountMessages} />
      </ProfileKitProvider>
    </QueryClientProvider>
  );
}
`,
  );
  // The browser entry hydrates the server's HTML from the server's dehydrated cache, as a
  // host with server rendering does; the marker says React has committed the hydration.
  await writeFile(
    join(app, 'src/main.tsx'),
    `import '@profile-kit/components/styles.css';
import { createProfileClient } from '@profile-kit/hooks';
import { type DehydratedState, hydrate, QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ProfilePage } from './profile-page';

function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return children;
}

// The mock's tenant ('demo'), so the keys match the server's cache.
const client = createProfileClient({ tenant: 'demo', getAccessToken: () => null });
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
const state = (window as { __PROFILE_STATE__?: DehydratedState }).__PROFILE_STATE__;
if (state) hydrate(queryClient, state);
const root = document.getElementById('root');
if (root) {
  hydrateRoot(
    root,
    <Hydrated>
      <ProfilePage client={client} queryClient={queryClient} />
    </Hydrated>,
  );
}
`,
  );
  await writeFile(
    join(app, 'src/entry-server.tsx'),
    `// The client from the framework-free entry: the subpath resolves from the tarball, and its
// client serves the main entry's query options.
import { customerProfileQueryOptions } from '@profile-kit/hooks';
import { addressListQueryOptions } from '@profile-kit/hooks/addresses';
import { createProfileClient } from '@profile-kit/hooks/client';
import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { dehydrate, QueryClient } from '@tanstack/react-query';
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
  await queryClient.prefetchQuery(addressListQueryOptions({ client, session: 'anna' }));
  const html = renderToString(<ProfilePage client={client} queryClient={queryClient} />);
  return { html, state: dehydrate(queryClient), requests: mock.requests.length };
}
`,
  );
}

/**
 * Builds the app for the browser and for SSR, renders the page on the server and checks
 * the HTML, the browser build and its CSS in Chromium.
 * @param {string} app
 * @param {string} reactRange the React the host asked for, e.g. `~18.3.1`
 * @returns {Promise<{ checks: [string, boolean][], html: string }>}
 */
export async function buildAndCheck(app, reactRange) {
  // Type-check the host's sources against the kit's types as installed.
  let typeErrors = '';
  try {
    execFileSync(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], {
      cwd: app,
      encoding: 'utf8',
    });
  } catch (error) {
    typeErrors = String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
  }
  // Build: the browser bundle, and the server bundle.
  const vite = join(app, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build'], { cwd: app, stdio: 'inherit' });
  execFileSync(
    process.execPath,
    [vite, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-ssr'],
    { cwd: app, stdio: 'inherit' },
  );

  // Render on the server with the built output, and look at what came out.
  const { render } = await import(pathToFileURL(join(app, 'dist-ssr/entry-server.js')).href);
  // What React says in the server's log while it renders: a host's log must stay quiet.
  /** @type {string[]} */
  const serverLog = [];
  const { error, warn } = console;
  console.error = console.warn = (/** @type {unknown[]} */ ...args) =>
    serverLog.push(String(args[0]).split('\n')[0] ?? '');
  const { html, state, requests } = await render().finally(() => {
    Object.assign(console, { error, warn });
  });
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
  // The React the install resolved, and so the React that rendered the HTML below.
  const installed = await Promise.all(
    ['react', 'react-dom'].map(async (name) => {
      const pkg = JSON.parse(
        await readFile(join(app, 'node_modules', name, 'package.json'), 'utf8'),
      );
      return /** @type {string} */ (pkg.version);
    }),
  );
  const wantedMajor = /\d+/.exec(reactRange)?.[0];
  /** @type {[string, boolean][]} */
  const checks = [
    [
      `react and react-dom ${installed.join(' / ')} installed, as the host asked (${reactRange})`,
      installed.every((version) => version.split('.')[0] === wantedMajor),
    ],
    [
      `the host's sources type-check (strict, exactOptionalPropertyTypes)${typeErrors ? `:\n${typeErrors}` : ''}`,
      typeErrors === '',
    ],
    [
      `server render without an error or warning${serverLog.length ? `: ${serverLog.join(' | ')}` : ''}`,
      serverLog.length === 0,
    ],
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
    [
      'address book (@profile-kit/components/addresses) lists the default address, in German',
      /<article[^>]*data-default[^>]*>[\s\S]*Platz der Republik 1/.test(html) &&
        html.includes('Adresse hinzufügen'),
    ],
    [
      'password form (@profile-kit/components/account) with its autocomplete, in German',
      /<input[^>]*autocomplete="current-password"/i.test(html) &&
        html.includes('Aktuelles Passwort'),
    ],
    ['two GETs (profile, addresses) served the prefetch; render sent nothing', requests === 2],
    ['browser build has the kit (the form\'s "Save changes")', clientJs.includes('Save changes')],
    ['browser build has styles.css (--pk- tokens)', css.includes('--pk-')],
  ];
  checks.push(...(await checkLookInChromium(html, css)));
  checks.push(...(await checkHydrationInChromium(app, html, state)));
  return { checks, html };
}
