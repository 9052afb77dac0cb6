// The packages' shape, checked: each package's src/ is a few folders, each a layer that
// imports only from itself and the layers below it; packages import each other only
// components → hooks (the mock may borrow hooks' types, never its code); no import
// circle anywhere; no source file over 200 lines. Exits 1 on any finding.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bottom layer first. The package's entries (its `exports`) sit on top of every layer. */
export const layers = {
  hooks: ['schema', 'client', 'query', 'react'],
  components: [
    'model',
    'i18n',
    'field',
    'view',
    'profile-card',
    'profile-form',
    'address-card',
    'address-form',
    'address-book',
    'credential-form',
    'change-password',
    'change-email',
  ],
  'mock-api': ['fixtures', 'contract', 'store', 'http', 'server'],
};

/** Which other packages each may import at run time. */
const allowedPackages = { hooks: [], components: ['hooks'], 'mock-api': [] };

const maxLines = 200;
/** Generated tables are data, not code to read: the line limit does not apply. */
const isGenerated = (file) => /\.generated\.ts$/.test(file);

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every static and dynamic import/export-from of a file, with whether it is type-only. */
function importsOf(code) {
  const found = [];
  const pattern =
    /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of code.matchAll(pattern)) {
    found.push({ specifier: match[3] ?? match[4], typeOnly: Boolean(match[2]) });
  }
  return found;
}

/** `./x.js` → the .ts or .tsx file it names. */
function resolveRelative(from, specifier, known) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
  ]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

const findings = [];
let fileCount = 0;
for (const [pkg, order] of Object.entries(layers)) {
  const src = join(root, 'packages', pkg, 'src');
  const files = sourceFiles(src);
  fileCount += files.length;
  const known = new Set(files);
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
  const entries = new Set(
    Object.values(manifest.exports)
      .map((target) => target?.['@profile-kit/source'])
      .filter((target) => typeof target === 'string' && /\.tsx?$/.test(target))
      .map((target) => join(root, 'packages', pkg, target)),
  );
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  const layerOf = (file) => {
    if (entries.has(file)) return { entry: true, index: order.length };
    const [first] = relative(src, file).split('/');
    return { entry: false, index: order.indexOf(first), name: first };
  };

  for (const file of files) {
    const shown = relative(root, file);
    const code = readFileSync(file, 'utf8');
    const lines = code.split('\n').length - 1;
    if (lines > maxLines && !isGenerated(file)) {
      findings.push(`${shown}: ${lines} lines (more than ${maxLines})`);
    }
    const own = layerOf(file);
    if (!own.entry && own.index === -1) {
      findings.push(`${shown}: not in a layer folder of ${pkg} (${order.join(' ← ')})`);
    }
    const edges = [];
    for (const { specifier, typeOnly } of importsOf(code)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier, known);
        if (!target) {
          findings.push(`${shown}: imports ${specifier}, which is not a source file of ${pkg}`);
          continue;
        }
        edges.push(target);
        const theirs = layerOf(target);
        if (theirs.entry && !own.entry) {
          findings.push(
            `${shown}: imports the entry ${relative(src, target)} (entries sit on top)`,
          );
        } else if (!own.entry && theirs.index > own.index) {
          findings.push(
            `${shown}: ${own.name}/ imports ${relative(src, target)}, a layer above it (${order.join(' ← ')})`,
          );
        }
        continue;
      }
      const other = /^@profile-kit\/([^/]+)/.exec(specifier)?.[1];
      if (other && other !== pkg && !allowedPackages[pkg].includes(other) && !typeOnly) {
        findings.push(`${shown}: imports ${specifier} (only components → hooks is allowed)`);
      }
    }
    graph.set(file, edges);
  }

  // Import circles: a depth-first search that reports each back edge's cycle once.
  const state = new Map();
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next)).concat(next);
        findings.push(`import circle: ${cycle.map((f) => relative(src, f)).join(' → ')}`);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
}

for (const finding of findings) console.error(`  ✗ ${finding}`);
if (findings.length > 0) {
  console.error(`${findings.length} layering problem(s) in ${fileCount} source files.`);
  process.exit(1);
}
console.log(
  `layers: ${fileCount} source files, every import runs down a layer, no circles, none over ${maxLines} lines`,
);
