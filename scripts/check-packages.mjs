// The three packages as they would be published: `pnpm pack` each, then check the tarball
// with publint and @arethetypeswrong/cli, and check what neither of them does: every
// `'use client'` file keeps its directive in dist, no `workspace:` range is left, no test
// file is shipped. Needs the packages built (`pnpm build`). Exits 1 on any finding.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['hooks', 'components', 'mock-api'];
const attw = join(root, 'node_modules/.bin/attw');
const started = performance.now();
let failures = 0;

/** @param {string} message */
function fail(message) {
  failures += 1;
  console.error(`  ✗ ${message}`);
}

/** @param {string} dir @returns {Promise<string[]>} */
async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/** Directive prologue: `'use client'` (or "use client") before any other statement. */
function hasUseClient(/** @type {string} */ code) {
  return /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(code);
}

const scratch = await mkdtemp(join(tmpdir(), 'profile-kit-packages-'));
try {
  for (const name of packages) {
    const pkgDir = join(root, 'packages', name);
    if (!existsSync(join(pkgDir, 'dist')))
      throw new Error(`${pkgDir}/dist missing: run pnpm build`);
    const packDir = join(scratch, name);
    execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: pkgDir, stdio: 'ignore' });
    const [tarballName] = (await readdir(packDir)).filter((file) => file.endsWith('.tgz'));
    if (!tarballName) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    const tarball = join(packDir, tarballName);
    const tarballData = await readFile(tarball);
    console.log(
      `@profile-kit/${name}: ${tarballName} (${(tarballData.length / 1000).toFixed(1)} kB)`,
    );
    const unpacked = join(packDir, 'unpacked');
    execFileSync('tar', ['-xzf', tarball, '-C', packDir]);
    execFileSync('mv', [join(packDir, 'package'), unpacked]);

    // publint on exactly the tarball's files: any message, even a suggestion, counts.
    const { messages, pkg } = await publint({
      pkgDir: unpacked,
      pack: false,
      level: 'suggestion',
      strict: true,
    });
    if (messages.length === 0) console.log('  ✓ publint: no errors, warnings or suggestions');
    for (const message of messages) {
      fail(`publint ${message.type}: ${formatMessage(message, pkg, { color: false })}`);
    }

    // attw: ESM-only packages, so CommonJS `require` and node10 resolution are out of scope.
    // styles.css is a stylesheet: there is no JavaScript or type to resolve behind it.
    const attwArgs = [tarball, '--profile', 'esm-only', '--format', 'ascii'];
    if (name === 'components') attwArgs.push('--exclude-entrypoints', './styles.css');
    try {
      execFileSync(attw, attwArgs, { stdio: 'pipe' });
      console.log(
        `  ✓ attw (--profile esm-only${name === 'components' ? ', styles.css excluded' : ''}): no problems`,
      );
    } catch (error) {
      const output = /** @type {{ stdout?: Buffer }} */ (error).stdout?.toString() ?? '';
      fail(`attw found problems:\n${output}`);
    }

    // What is inside.
    const failuresBefore = failures;
    const files = (await filesUnder(unpacked)).map((file) => relative(unpacked, file));
    const packedPkg = JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8'));
    const ranges = JSON.stringify([
      packedPkg.dependencies,
      packedPkg.peerDependencies,
      packedPkg.optionalDependencies,
    ]);
    if (ranges.includes('workspace:')) fail(`a workspace: range is left in package.json`);
    const tests = files.filter((file) => /\.test\.|(^|\/)(test|test-ssr)\//.test(file));
    if (tests.length > 0) fail(`test files are packed: ${tests.join(', ')}`);
    let clientFiles = 0;
    for (const file of files.filter((f) => /^src\/.*\.tsx?$/.test(f) && !f.endsWith('.d.ts'))) {
      if (!hasUseClient(await readFile(join(unpacked, file), 'utf8'))) continue;
      clientFiles += 1;
      const built = file.replace(/^src\//, 'dist/').replace(/\.tsx?$/, '.js');
      if (!files.includes(built)) fail(`${built} is missing`);
      else if (!hasUseClient(await readFile(join(unpacked, built), 'utf8'))) {
        fail(`${built} lost its 'use client' directive`);
      }
    }
    if (failures === failuresBefore) {
      console.log(
        `  ✓ ${files.length} files; no workspace: ranges, no tests; ${clientFiles ? `'use client' kept in all ${clientFiles} client files` : 'no client files'}`,
      );
    }
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
console.log(`checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures > 0) {
  console.error(`${failures} packaging problem(s).`);
  process.exit(1);
}
