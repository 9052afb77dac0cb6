import { bundleEntry, externalFor, peers } from './sizes.mjs';

const [entry, names, extHooks] = process.argv.slice(2);
const id = 'virtual:x';
const r = await bundleEntry(id, externalFor(extHooks ? [...peers, '@profile-kit/hooks'] : peers), {
  plugins: [
    {
      name: 'x',
      resolveId: (s) => (s === id ? id : null),
      load: (s) => (s === id ? `export { ${names} } from '${entry}';` : null),
    },
  ],
});
console.log(names, r.min, r.gzip);
for (const m of r.modules.slice(0, 12)) console.log(String(m.bytes).padStart(6), m.id);
