// Bundle sizes, measured from the built packages (packages/*/dist) the way a host's Vite
// build would emit them: bundled with Vite (Rolldown), minified with Vite's minifiers,
// then gzipped with node:zlib at level 9. 1 kB = 1000 bytes.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const hooksEntry = join(repoRoot, 'packages/hooks/dist/index.js');
const componentsEntry = join(repoRoot, 'packages/components/dist/index.js');
const germanMessages = join(repoRoot, 'packages/components/dist/locales/de.js');
const hooksAddressesEntry = join(repoRoot, 'packages/hooks/dist/addresses.js');
const hooksAccountEntry = join(repoRoot, 'packages/hooks/dist/account.js');
const componentsAddressesEntry = join(repoRoot, 'packages/components/dist/addresses.js');
const componentsAccountEntry = join(repoRoot, 'packages/components/dist/account.js');
const stylesCss = join(repoRoot, 'packages/components/dist/styles.css');
const exampleRoot = join(repoRoot, 'examples/account-page');

/** The packages' peer dependencies: the host has them anyway, so they are not counted. */
export const peers = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'react-hook-form',
  'zod',
  '@hookform/resolvers',
];

/** @param {readonly string[]} names */
export function externalFor(names) {
  return (/** @type {string} */ id) =>
    names.some((name) => id === name || id.startsWith(`${name}/`));
}

/** @param {string | Uint8Array} content */
export function measure(content) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * One JavaScript entry bundled into one chunk, minified as an app build minifies (library
 * mode keeps whitespace in ES output, which would overstate the size).
 * @param {string} entry
 * @param {(id: string) => boolean} external
 * @param {import('vite').InlineConfig} [extra]
 */
export async function bundleEntry(entry, external, extra = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    ...extra,
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: entry, external, preserveEntrySignatures: 'strict' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((out) =>
    'output' in out ? out.output : [],
  );
  const chunks = outputs.filter((out) => out.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${entry}: expected one chunk, got ${chunks.length}`);
  const [chunk] = chunks;
  if (chunk?.type !== 'chunk') throw new Error(`${entry}: no chunk`);
  return {
    ...measure(chunk.code),
    code: chunk.code,
    modules: Object.entries(chunk.modules)
      .map(([id, info]) => ({
        id: id.startsWith(repoRoot) ? id.slice(repoRoot.length) : id,
        bytes: info.renderedLength,
      }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * What a host pays for some named exports of the hooks entry: `export { …names }` from the
 * built entry, bundled like the entry itself, so tree-shaking drops the rest.
 * @param {readonly string[]} names
 */
async function bundleHooksImports(names) {
  const id = 'virtual:profile-kit-bench-imports';
  return bundleEntry(id, externalFor(peers), {
    plugins: [
      {
        name: 'profile-kit-bench:imports',
        resolveId: (source) => (source === id ? id : null),
        load: (source) =>
          source === id
            ? `export { ${names.join(', ')} } from ${JSON.stringify(hooksEntry)};`
            : null,
      },
    ],
  });
}

/** The hooks a host's account page imports: a card alone, and a card with a form. */
export const hooksImportSets = {
  hooksForCard: ['createProfileClient', 'ProfileKitProvider', 'useCustomerProfile'],
  hooksForCardAndForm: [
    'createProfileClient',
    'ProfileKitProvider',
    'useCustomerProfile',
    'useUpdateProfile',
    'isProfileKitError',
  ],
};

/** The stylesheet as Vite minifies CSS (Lightning CSS). */
async function bundleCss(file) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, rollupOptions: { input: file } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((out) =>
    'output' in out ? out.output : [],
  );
  const css = outputs.find((out) => out.type === 'asset' && out.fileName.endsWith('.css'));
  if (css?.type !== 'asset') throw new Error(`${file}: no CSS output`);
  return measure(css.source);
}

/** @param {string} id a module id: its npm package name, or its path in the repo */
function ownerOf(id) {
  const inModules = id.split('node_modules/').pop() ?? id;
  if (inModules !== id) {
    const parts = inModules.split('/');
    return (inModules.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
  }
  const inRepo = id.startsWith(repoRoot) ? id.slice(repoRoot.length) : id;
  const pkg = /^packages\/([^/]+)\//.exec(inRepo);
  return pkg ? `@profile-kit/${pkg[1]}` : inRepo;
}

/**
 * The example account page built from the packages' dist (not the source condition the
 * example's own config uses), with everything it imports: React, React DOM, TanStack Query,
 * react-hook-form, zod and the kit. Real-API mode at build time, as a storefront ships it.
 * `initial` is what the page loads (HTML, CSS, the entry chunk and its static imports);
 * `lazy` the chunks it loads only in mock mode (msw and the mock API).
 */
async function buildExample() {
  const env = {
    VITE_EMPORIX_API_URL: 'https://api.emporix.io',
    VITE_EMPORIX_TENANT: 'mystore',
    VITE_EMPORIX_TOKEN: 'bench-token',
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let result;
  try {
    result = await build({
      configFile: false,
      root: exampleRoot,
      base: './',
      logLevel: 'silent',
      plugins: [react()],
      build: { write: false, modulePreload: false },
    });
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((out) =>
    'output' in out ? out.output : [],
  );
  const initial = { min: 0, gzip: 0, files: 0 };
  const lazy = { min: 0, gzip: 0, files: 0 };
  /** @type {Record<string, number>} */
  const shares = {};
  for (const out of outputs) {
    if (out.fileName === 'mockServiceWorker.js') continue; // public/, mock mode only
    const lazyChunk = out.type === 'chunk' && out.isDynamicEntry;
    const size = measure(out.type === 'chunk' ? out.code : out.source);
    const into = lazyChunk ? lazy : initial;
    into.min += size.min;
    into.gzip += size.gzip;
    into.files += 1;
    if (out.type === 'chunk' && !lazyChunk) {
      for (const [id, info] of Object.entries(out.modules)) {
        const owner = ownerOf(id);
        shares[owner] = (shares[owner] ?? 0) + info.renderedLength;
      }
    }
  }
  return { initial, lazy, shares };
}

/** Fails early with a clear message when the packages were not built. */
export async function assertBuilt() {
  for (const file of [
    hooksEntry,
    componentsEntry,
    germanMessages,
    stylesCss,
    hooksAddressesEntry,
    hooksAccountEntry,
    componentsAddressesEntry,
    componentsAccountEntry,
  ]) {
    try {
      await stat(file);
    } catch {
      throw new Error(`${file} is missing: run \`pnpm build\` first.`);
    }
  }
}

/**
 * The sizes the budgets check, plus (with `withExample`) the whole example page.
 * @param {{ withExample?: boolean }} [options]
 */
export async function measureSizes({ withExample = false } = {}) {
  await assertBuilt();
  const peersExternal = externalFor(peers);
  const hooks = await bundleEntry(hooksEntry, peersExternal);
  const components = await bundleEntry(
    componentsEntry,
    externalFor([...peers, '@profile-kit/hooks']),
  );
  const componentsWithHooks = await bundleEntry(componentsEntry, peersExternal);
  const hooksForCard = await bundleHooksImports(hooksImportSets.hooksForCard);
  const hooksForCardAndForm = await bundleHooksImports(hooksImportSets.hooksForCardAndForm);
  const german = await bundleEntry(germanMessages, () => false);
  const hooksAddresses = await bundleEntry(hooksAddressesEntry, peersExternal);
  const hooksAccount = await bundleEntry(hooksAccountEntry, peersExternal);
  const componentsAddresses = await bundleEntry(
    componentsAddressesEntry,
    externalFor([...peers, '@profile-kit/hooks']),
  );
  const componentsAccount = await bundleEntry(
    componentsAccountEntry,
    externalFor([...peers, '@profile-kit/hooks']),
  );
  const styles = await bundleCss(stylesCss);
  /** @type {Record<string, { label: string, min: number, gzip: number, note?: string }>} */
  const sizes = {
    hooks: { label: 'hooks entry (all exports)', min: hooks.min, gzip: hooks.gzip },
    hooksForCard: {
      label: '  hooks a card page imports',
      min: hooksForCard.min,
      gzip: hooksForCard.gzip,
      note: hooksImportSets.hooksForCard.join(', '),
    },
    hooksForCardAndForm: {
      label: '  hooks a card + form page imports',
      min: hooksForCardAndForm.min,
      gzip: hooksForCardAndForm.gzip,
      note: `the card's, useUpdateProfile, isProfileKitError`,
    },
    components: {
      label: 'components entry (all exports)',
      min: components.min,
      gzip: components.gzip,
      note: '@profile-kit/hooks external',
    },
    componentsWithHooks: {
      label: 'components + hooks',
      min: componentsWithHooks.min,
      gzip: componentsWithHooks.gzip,
      note: 'what a host pays for the kit',
    },
    german: {
      label: 'German messages (opt-in)',
      min: german.min,
      gzip: german.gzip,
      note: '@profile-kit/components/locales/de, for hosts that import it',
    },
    styles: { label: 'styles.css', min: styles.min, gzip: styles.gzip },
    addresses: {
      label: 'components addresses entry',
      min: componentsAddresses.min,
      gzip: componentsAddresses.gzip,
      note: '@profile-kit/components/addresses, @profile-kit/hooks external',
    },
    hooksAddresses: {
      label: 'hooks addresses entry',
      min: hooksAddresses.min,
      gzip: hooksAddresses.gzip,
      note: '@profile-kit/hooks/addresses on its own (its client and schemas included)',
    },
    hooksAccount: {
      label: 'hooks account entry',
      min: hooksAccount.min,
      gzip: hooksAccount.gzip,
      note: '@profile-kit/hooks/account (email and password change) on its own',
    },
    account: {
      label: 'components account entry',
      min: componentsAccount.min,
      gzip: componentsAccount.gzip,
      note: '@profile-kit/components/account, @profile-kit/hooks external',
    },
  };
  const breakdown = {
    hooks: hooks.modules,
    components: components.modules,
    account: componentsAccount.modules,
  };
  if (withExample) {
    const example = await buildExample();
    sizes.example = {
      label: 'example page, every dependency',
      min: example.initial.min,
      gzip: example.initial.gzip,
      note: `what it loads: ${example.initial.files} files (HTML, CSS, JS)`,
    };
    sizes.exampleMock = {
      label: '+ mock-mode chunk',
      min: example.lazy.min,
      gzip: example.lazy.gzip,
      note: 'msw + mock-api, loaded only in mock mode',
    };
    breakdown.example = Object.entries(example.shares)
      .sort((a, b) => b[1] - a[1])
      .map(([id, bytes]) => ({ id, bytes }));
  }
  return { sizes, breakdown };
}
