// The fresh host app the tarball test installs the kit into: a Vite + React app with a
// page that shows ProfileCard and ProfileForm, a server entry that renders it from a
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
}

/**
 * Builds the app for the browser and for SSR, renders the page on the server and checks
 * the HTML, the browser build and its CSS in Chromium.
 * @param {string} app
 * @returns {Promise<{ checks: [string, boolean][], html: string }>}
 */
export async function buildAndCheck(app) {
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
  return { checks, html };
}
