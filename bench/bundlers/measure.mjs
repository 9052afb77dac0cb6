// The example account page built by five bundlers from the packed tarballs, in a scratch
// host app outside the workspace (os.tmpdir()), installed with npm as a storefront would.
// Used by `pnpm bench` (the table in bench/results.json) and `pnpm size:bundlers` (the 10%
// check). Needs the packages built (`pnpm build`) and the npm registry or a warm npm cache.
//
// The page is examples/account-page in real-API mode, as a storefront ships it: its
// sources are copied as they are, except src/embedded-mock.ts, which becomes a stub. In
// real-API mode main.tsx never loads that module; a storefront has no mock, so neither
// msw nor @profile-kit/mock-api is installed or counted, the same for every bundler.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, repoRoot } from '../sizes.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const exampleRoot = join(repoRoot, 'examples/account-page');

/** Each bundler: its build script in host/ and the package whose version is reported. */
export const bundlers = [
  { id: 'vite', name: 'Vite', pkg: 'vite' },
  { id: 'webpack', name: 'webpack', pkg: 'webpack' },
  { id: 'rspack', name: 'Rspack', pkg: '@rspack/core' },
  { id: 'rollup', name: 'Rollup', pkg: 'rollup' },
  { id: 'esbuild', name: 'esbuild', pkg: 'esbuild' },
];

const mockStub = `// Stub written by bench/bundlers: real-API mode never loads the embedded mock.
export const demoAccounts = [];
export async function startEmbeddedMock() {
  throw new Error('built without the embedded mock');
}
`;

/** @param {string} dir @returns {Promise<string[]>} every file under dir */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** @param {string} cwd */
function pack(cwd, destination) {
  execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd, stdio: 'ignore' });
}

/**
 * @param {{ keep?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ installSeconds: number, totalSeconds: number, results: { id: string, name: string, version: string, min: number, gzip: number, files: number, seconds: number }[] }>}
 */
export async function measureBundlers({ keep = false, log = () => {} } = {}) {
  const started = performance.now();
  const since = (/** @type {number} */ t) => Number(((performance.now() - t) / 1000).toFixed(1));
  const work = await mkdtemp(join(tmpdir(), 'profile-kit-bundlers-'));
  try {
    const packs = join(work, 'packs');
    for (const name of ['hooks', 'components']) pack(join(repoRoot, 'packages', name), packs);
    const tarballs = await readdir(packs);
    const fileOf = (/** @type {string} */ name) => {
      const file = tarballs.find((f) => f.startsWith(`profile-kit-${name}-`));
      if (!file) throw new Error(`no tarball for ${name}`);
      return `file:${join(packs, file)}`;
    };

    const app = join(work, 'app');
    const example = JSON.parse(await readFile(join(exampleRoot, 'package.json'), 'utf8'));
    const tools = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));
    /** @type {Record<string, string>} */
    const dependencies = {
      '@profile-kit/hooks': fileOf('hooks'),
      '@profile-kit/components': fileOf('components'),
    };
    for (const name of ['@tanstack/react-query', 'react', 'react-dom', 'react-hook-form', 'zod']) {
      dependencies[name] = example.dependencies[name];
    }
    await mkdir(app, { recursive: true });
    await writeFile(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'bundlers-host-app',
          private: true,
          type: 'module',
          dependencies,
          devDependencies: tools.devDependencies,
        },
        null,
        2,
      ),
    );
    await cp(join(exampleRoot, 'src'), join(app, 'src'), { recursive: true });
    await writeFile(join(app, 'src/embedded-mock.ts'), mockStub);
    await cp(join(exampleRoot, 'index.html'), join(app, 'index.html'));
    await cp(join(here, 'host'), app, { recursive: true });

    const installStarted = performance.now();
    execFileSync(
      'npm',
      // --include=dev: Vite's build in the same process sets NODE_ENV=production, which
      // would make npm skip the bundlers.
      [
        'install',
        '--include=dev',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
      ],
      { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const installSeconds = since(installStarted);
    log(
      `npm install of the tarballs, the page's dependencies and the bundlers (${installSeconds} s)`,
    );

    const results = [];
    for (const bundler of bundlers) {
      const buildStarted = performance.now();
      const outDir = join(app, `dist-${bundler.id}`);
      execFileSync(process.execPath, [`build-${bundler.id}.mjs`, outDir], {
        cwd: app,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      const js = (await filesUnder(outDir)).filter((file) => /\.m?js$/.test(file));
      if (js.length === 0) throw new Error(`${bundler.name} wrote no JavaScript`);
      const content = await Promise.all(js.map((file) => readFile(file)));
      const min = content.reduce((sum, bytes) => sum + bytes.length, 0);
      const gzip = content.reduce((sum, bytes) => sum + measure(bytes).gzip, 0);
      const pkg = JSON.parse(
        await readFile(join(app, 'node_modules', bundler.pkg, 'package.json'), 'utf8'),
      );
      const seconds = since(buildStarted);
      results.push({
        id: bundler.id,
        name: bundler.name,
        version: pkg.version,
        min,
        gzip,
        files: js.length,
        seconds,
      });
      log(`${bundler.name} ${pkg.version} built the page (${seconds} s)`);
    }
    return { installSeconds, totalSeconds: since(started), results };
  } finally {
    if (keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}
