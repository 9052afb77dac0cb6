// zod/mini vs zod, measured: the same host bundle (everything both packages export, with
// zod bundled in) once with the kit's schemas on zod/mini, as shipped, and once with the
// very same schema code on classic zod (`zod/mini` resolved to zod-classic/, which gives
// classic zod mini's API). React, React DOM, TanStack Query and react-hook-form are
// external in both: they do not change between the two.
// Also: what @hookform/resolvers' zodResolver would add against the kit's own resolver.
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, runnerImport } from 'vite';
import { bundleEntry, externalFor, repoRoot } from './sizes.mjs';

const experimentDir = join(repoRoot, 'bench/zod-classic');

/** @param {boolean} classic */
function resolveFor(classic) {
  return {
    conditions: ['@profile-kit/source', ...defaultClientConditions],
    alias: classic
      ? [{ find: /^zod\/mini$/, replacement: join(experimentDir, 'zod-namespace.ts') }]
      : [],
  };
}

/** @param {boolean} classic */
async function hostBundle(classic) {
  const bundle = await bundleEntry(
    join(experimentDir, 'host-entry.ts'),
    externalFor(['react', 'react-dom', '@tanstack/react-query', 'react-hook-form']),
    { plugins: [react()], resolve: resolveFor(classic) },
  );
  return { min: bundle.min, gzip: bundle.gzip };
}

/** @param {boolean} classic */
async function schemaResults(classic) {
  const { module } = await runnerImport(join(experimentDir, 'schema-cases.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: resolveFor(classic),
  });
  return /** @type {{ input: unknown, outcome: string, messages: string[] }[]} */ (
    module.schemaResults()
  );
}

export async function zodExperiment() {
  const mini = await hostBundle(false);
  const classic = await hostBundle(true);
  const onMini = await schemaResults(false);
  const onClassic = await schemaResults(true);
  const disagreements = onMini
    .filter((result, index) => result.outcome !== onClassic[index]?.outcome)
    .map((result) => `${JSON.stringify(result.input)}: ${result.outcome}`);
  // zod's built-in texts where the kit sets none: English in classic, "Invalid input" in mini.
  const otherMessages = onMini.filter(
    (result, index) => result.messages.join() !== onClassic[index]?.messages.join(),
  ).length;
  const zodResolver = await bundleEntry(
    join(experimentDir, 'zod-resolver-entry.js'),
    externalFor(['react', 'react-hook-form', 'zod']),
  );
  return {
    classic,
    mini,
    agreement: { cases: onMini.length, disagreements, otherMessages },
    zodResolver: { min: zodResolver.min, gzip: zodResolver.gzip },
  };
}
