// The packed-tarball test: `pnpm pack` the three packages, then, once with npm, once with
// pnpm and once with npm on React 18.3 (the oldest React the peer ranges allow), install the tarballs into a fresh Vite + React app outside the workspace by
// running the root README's install commands exactly as written there, build it (browser
// and SSR), render ProfileCard and ProfileForm on the server with a QueryClient prefilled
// from the mock API, and check the HTML (scripts/tarball-host-app.mjs). Proves the
// published shape works on its own and the documented installs work: exports (the German
// messages' subpath included), types-first maps, dependencies, 'use client', styles.css.
// Needs the packages built (`pnpm build`) and the npm registry (or warm caches).
// `--keep` leaves the apps in place; `--only=npm`, `--only=pnpm` or `--only=npm-react18`
// runs one of them.

import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndCheck, writeHostApp } from './tarball-host-app.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const rootPkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
/**
 * Each host: its name, the package manager whose README commands install the kit, and the
 * React it brings (the React 18 host proves the peer ranges install and render there).
 * @type {{ name: string, pm: 'npm' | 'pnpm', react: string }[]}
 */
const hosts = [
  { name: 'npm', pm: 'npm', react: range('react') },
  { name: 'pnpm', pm: 'pnpm', react: range('react') },
  { name: 'npm-react18', pm: 'npm', react: '~18.3.1' },
].filter((host) => !only || host.name === only);

/** The host's own dependencies, at the versions the workspace is tested with. */
function range(/** @type {string} */ name) {
  const value = rootPkg.devDependencies?.[name];
  if (!value) throw new Error(`root package.json has no ${name}`);
  return value;
}

// React 18's types, for the host on React 18: the versions the React 18 test projects use.
const react18Pkg = JSON.parse(await readFile(join(root, 'tools/react18/package.json'), 'utf8'));
/** The `@types/react` and `@types/react-dom` that go with the host's React. */
function reactTypes(/** @type {string} */ react) {
  const from = react.startsWith('~18') ? react18Pkg.dependencies : rootPkg.devDependencies;
  return { '@types/react': from['@types/react'], '@types/react-dom': from['@types/react-dom'] };
}

/**
 * The install commands the root README gives for one package manager: the lines of the
 * sh block after its `<!-- tarball-install:<pm> … -->` marker.
 * @param {string} readme
 * @param {string} pm
 */
function documentedInstall(readme, pm) {
  const marker = readme.indexOf(`<!-- tarball-install:${pm} `);
  const block = marker < 0 ? null : /```sh\n([\s\S]*?)```/.exec(readme.slice(marker));
  if (!block?.[1]) throw new Error(`README.md has no install block marked tarball-install:${pm}`);
  return block[1].split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

const readme = await readFile(join(root, 'README.md'), 'utf8');
const work = await mkdtemp(join(tmpdir(), 'profile-kit-tarball-'));
const keep = process.argv.includes('--keep');
let failed = false;
try {
  // 1. Pack. pnpm rewrites workspace: ranges to the packages' versions.
  const packs = join(work, 'packs');
  for (const name of ['hooks', 'components', 'mock-api']) {
    execFileSync('pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(root, 'packages', name),
      stdio: 'ignore',
    });
  }
  const tarballs = await readdir(packs);
  console.log(`packed ${tarballs.join(', ')} (${seconds()})`);

  for (const { name, pm, react } of hosts) {
    // 2. A fresh Vite React app outside the workspace, with the tarballs in its folder as
    // the README says, and the host's own dependencies (React, Vite) in its package.json.
    const app = join(work, `app-${name}`);
    await writeHostApp(app, {
      dependencies: { react, 'react-dom': react },
      devDependencies: {
        '@vitejs/plugin-react': range('@vitejs/plugin-react'),
        vite: range('vite'),
        typescript: range('typescript'),
        ...reactTypes(react),
      },
    });
    for (const file of tarballs) await copyFile(join(packs, file), join(app, file));

    // 3. The README's commands, as written, through a shell like a reader's.
    for (const command of documentedInstall(readme, pm)) {
      execFileSync('sh', ['-c', command], {
        cwd: app,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          npm_config_prefer_offline: 'true',
          npm_config_audit: 'false',
          npm_config_fund: 'false',
          npm_config_loglevel: 'error',
        },
      });
    }
    console.log(`${name}: the README's ${pm} install commands (${seconds()})`);

    // 4. Build, render on the server, check.
    const { checks, html } = await buildAndCheck(app, react);
    for (const [what, ok] of checks) {
      console.log(`  ${ok ? '✓' : '✗'} ${name}: ${what}`);
      if (!ok) failed = true;
    }
    if (checks.some(([, ok]) => !ok)) console.error(`server HTML (${name}) was:\n${html}`);
    console.log(`${name}: built and checked (${seconds()})`);
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
console.log(
  `tarball test (${hosts.map((host) => host.name).join(', ')}) ${failed ? 'FAILED' : 'passed'} in ${seconds()}`,
);
if (failed) process.exit(1);
