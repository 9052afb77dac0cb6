// Every TypeScript code block in the docs compiles as written: each ```ts / ```tsx block of
// the READMEs and the Storybook guides becomes a module of its own, type-checked against
// the workspace packages as a host app imports them. A block that needs names from its
// host (a session object, an app component) declares them itself, so a reader sees what
// it assumes. A block that opens by naming a repository file (`// examples/….tsx`) is
// that file, shown whole: it is compiled where it lives (the Next example's own typecheck
// and build) and kept identical by examples/next-account-page/e2e/readme-recipe.test.ts.
// Exits 1 with the file and line of every block that does not compile.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = join(root, 'node_modules/.cache/doc-code');

/** The documents whose code a host developer copies. */
function documents() {
  const inDir = (dir, pattern) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isFile() && pattern.test(entry.name))
      .map((entry) => join(dir, entry.name));
  const readmes = ['packages', 'examples'].flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => inDir(join(dir, entry.name), /^README\.md$/)),
  );
  return ['README.md', ...readmes, ...inDir('docs', /\.mdx?$/)];
}

/** The ts/tsx blocks of one document, with the line each starts on. */
function blocksOf(file) {
  const blocks = [];
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)```(ts|tsx|typescript)\b/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ''); j += 1) {
      body.push((lines[j] ?? '').slice(indent));
    }
    blocks.push({ line: i + 1, lang: open[2] === 'tsx' ? 'tsx' : 'ts', code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** `import { … } from '@profile-kit/x'` for every name the package's entry exports. */
function importsOfEntry(pkg) {
  const index = readFileSync(join(root, 'packages', pkg, 'src/index.ts'), 'utf8');
  const names = [...index.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)].flatMap((match) =>
    (match[2] ?? '')
      .split(',')
      .map(
        (name) =>
          name
            .trim()
            .split(/\s+as\s+/)
            .pop() ?? '',
      )
      .filter(Boolean)
      .map((name) => (match[1] ? `type ${name}` : name)),
  );
  return `import { ${names.join(', ')} } from '@profile-kit/${pkg}';`;
}
const kitImports = ['hooks', 'components'].map(importsOfEntry).join('\n');

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
/** Scratch module name → where its block stands in the docs. */
const origin = new Map();
let included = 0;
for (const file of documents()) {
  for (const block of blocksOf(file)) {
    if (/^\/\/ (?:examples|packages)\/\S+\.tsx?\s*$/m.test(block.code.split('\n')[0] ?? '')) {
      included += 1;
      continue;
    }
    const name = `${file.replace(/[^a-z0-9]+/gi, '-')}-L${block.line}.${block.lang}`;
    origin.set(name, `${file}:${block.line}`);
    // `export {}` makes every block a module, so blocks never share names. A block whose
    // body (after its imports) is only markup is compiled as what it is, an element, with
    // the kit's exports in scope.
    const [, head = '', body = ''] =
      /^((?:\s*(?:import\b[^;]*;|\/\/[^\n]*))*)([\s\S]*)$/.exec(block.code) ?? [];
    const code = /^\s*</.test(body)
      ? // Line for line as in the doc, so an error points at the doc's own line.
        `${head}export const element = (<>${body}</>);\n${kitImports}\n`
      : `${block.code}\nexport {};\n`;
    writeFileSync(join(scratch, name), code);
  }
}
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({
    extends: relative(scratch, join(root, 'tsconfig.base.json')),
    compilerOptions: { noEmit: true, types: ['node'], declaration: false, declarationMap: false },
    include: ['*.ts', '*.tsx'],
  }),
);

const tsc = join(root, 'node_modules/.bin/tsc');
let output = '';
try {
  execFileSync(tsc, ['-p', join(scratch, 'tsconfig.json'), '--pretty', 'false'], {
    cwd: root,
    stdio: 'pipe',
  });
} catch (error) {
  output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
}
const failing = new Map();
for (const line of output.split('\n')) {
  const match = /([^/\\\s]+\.tsx?)\((\d+),\d+\): (error .*)/.exec(line);
  if (!match) continue;
  const [, name, at, message] = match;
  const where = origin.get(name);
  if (!where) continue;
  const [file, start] = where.split(':');
  const shown = `${file}:${Number(start) + Number(at)}`;
  failing.set(where, [...(failing.get(where) ?? []), `${shown} ${message}`]);
}
if (output && failing.size === 0) {
  console.error(output);
  process.exit(1);
}
for (const messages of failing.values())
  for (const message of messages) console.error(`  ✗ ${message}`);
if (failing.size > 0) {
  console.error(`${failing.size} of ${origin.size} doc code blocks do not compile.`);
  process.exit(1);
}
console.log(
  `doc code: all ${origin.size} TypeScript blocks compile (and ${included} that are repository files, compiled where they live)`,
);
