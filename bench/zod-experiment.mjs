// zod/mini vs zod, measured: the same host bundle (everything both packages export, with
// zod bundled in) once with the kit's schemas as shipped (`zod/mini`) and once with the
// classic `zod` schemas they were ported from (bench/zod-classic/), swapped in at build
// time. React, React DOM, TanStack Query and react-hook-form are external in both: they
// do not change between the two.
// Also: what @hookform/resolvers' zodResolver would add against the kit's own resolver.
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, runnerImport } from 'vite';
import { bundleEntry, externalFor, peers, repoRoot } from './sizes.mjs';

const hooksSrc = join(repoRoot, 'packages/hooks/src');
const classicDir = join(repoRoot, 'bench/zod-classic');
const ported = new Set([
  'currency-code-schema',
  'customer-profile-schema',
  'language-tag-schema',
  'profile-client-config',
  'profile-expand',
  'profile-patch-schema',
  'tenant-schema',
]);

/** @returns {import('vite').Plugin} */
function zodClassicPlugin() {
  return {
    name: 'profile-kit-bench:zod-classic',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || dirname(importer) !== hooksSrc) return null;
      const match = /^\.\/([a-z-]+)\.js$/.exec(source);
      if (!match?.[1] || !ported.has(match[1])) return null;
      return join(classicDir, `${match[1]}.ts`);
    },
  };
}

/** @param {boolean} classic */
async function hostBundle(classic) {
  const bundle = await bundleEntry(
    join(classicDir, 'host-entry.ts'),
    externalFor(['react', 'react-dom', '@tanstack/react-query', 'react-hook-form']),
    {
      plugins: [react(), ...(classic ? [zodClassicPlugin()] : [])],
      resolve: { conditions: ['@profile-kit/source', ...defaultClientConditions] },
    },
  );
  const zodBytes = bundle.modules
    .filter((module) => module.id.includes('/node_modules/zod/'))
    .reduce((sum, module) => sum + module.bytes, 0);
  return { min: bundle.min, gzip: bundle.gzip, zodModulesBytes: zodBytes };
}

export async function zodExperiment() {
  const mini = await hostBundle(false);
  const classic = await hostBundle(true);
  const { module } = await runnerImport(join(classicDir, 'compare.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { conditions: ['@profile-kit/source', ...defaultClientConditions] },
  });
  const agreement = module.compare();
  const zodResolver = await bundleEntry(
    join(classicDir, 'zod-resolver-entry.js'),
    externalFor(['react', 'react-hook-form', 'zod']),
  );
  // The hooks entry alone (zod external, as the budget measures it), from source both ways.
  const hooksEntry = async (/** @type {boolean} */ classic) => {
    const bundle = await bundleEntry(join(hooksSrc, 'index.ts'), externalFor(peers), {
      plugins: [react(), ...(classic ? [zodClassicPlugin()] : [])],
      resolve: { conditions: ['@profile-kit/source', ...defaultClientConditions] },
    });
    return { min: bundle.min, gzip: bundle.gzip };
  };
  return {
    classic,
    mini,
    hooksEntry: { mini: await hooksEntry(false), classic: await hooksEntry(true) },
    agreement,
    zodResolver: { min: zodResolver.min, gzip: zodResolver.gzip },
  };
}
