// What the ISO data rules (packages/hooks/src/schema/iso: generated tables + predicates)
// cost in the hooks entry: each predicate alone, all four, and all four added to the built
// hooks entry (the marginal cost, which is what the budget feels: gzip shares a window).
// Bundled and minified as `pnpm size` does (Vite, gzip -9). Needs `pnpm build` for the
// marginal figure. Run: node bench/iso-data-size.mjs
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleEntry, externalFor, peers, repoRoot } from './sizes.mjs';

const iso = join(repoRoot, 'packages/hooks/src/schema/iso');
const predicates = {
  checkCurrencyCode: 'currency-code.js',
  checkLanguageTag: 'language-tag.js',
  checkPhoneNumber: 'phone-number.js',
  checkProfileText: 'profile-text.js',
};
const exportOf = (/** @type {string} */ name) =>
  `export { ${name} } from ${JSON.stringify(join(iso, predicates[name]).replace(/\.js$/, '.ts'))};`;

const folder = await mkdtemp(join(tmpdir(), 'iso-size-'));
const external = externalFor(peers);
/** @param {string} label @param {string} source */
async function row(label, source) {
  const entry = join(folder, `${label.replace(/\W+/g, '-')}.js`);
  await writeFile(entry, source);
  const { min, gzip } = await bundleEntry(entry, external);
  return { label, min, gzip };
}

const rows = [];
for (const name of Object.keys(predicates)) rows.push(await row(name, exportOf(name)));
const all = Object.keys(predicates).map(exportOf).join('\n');
rows.push(await row('all four', all));
const hooksEntry = `export * from ${JSON.stringify(join(repoRoot, 'packages/hooks/dist/index.js'))};`;
const entryOnly = await row('hooks entry', hooksEntry);
const entryPlus = await row('hooks entry + all four', `${hooksEntry}\n${all}`);
rows.push(entryOnly, entryPlus, {
  label: 'marginal cost in the entry',
  min: entryPlus.min - entryOnly.min,
  gzip: entryPlus.gzip - entryOnly.gzip,
});
await rm(folder, { recursive: true, force: true });

console.log('ISO data rules (bytes: min / min+gzip)');
for (const { label, min, gzip } of rows) {
  console.log(`  ${label.padEnd(28)} ${String(min).padStart(6)} / ${String(gzip).padStart(5)}`);
}
