import { describe, expect, it } from 'vitest';
import { importSpecifiers, resolveWithinSrc, sourceFiles } from './helpers/index.js';

// Bottom to top: a file may import from its own layer or a lower one, never a higher one.
const layers = ['fixtures', 'contract', 'store', 'http', 'server'] as const;
// The entry files (`index.ts`, `server.ts`) sit above every layer.
const entryRank = layers.length;

function rankOf(path: string): number {
  const folder = path.split('/')[0] ?? '';
  const rank = (layers as readonly string[]).indexOf(folder);
  if (rank === -1 && path.includes('/')) {
    throw new Error(`${path} is in no layer folder (${layers.join(', ')})`);
  }
  return rank === -1 ? entryRank : rank;
}

const files = sourceFiles();
const relativeImports = new Map(
  files.map((file) => [
    file.path,
    importSpecifiers(file.text)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveWithinSrc(file.path, specifier)),
  ]),
);

describe('the source layout', () => {
  it('has every file in a layer folder or an entry', () => {
    expect(files.filter((file) => !file.path.includes('/')).map((file) => file.path)).toEqual([
      'index.ts',
      'server.ts',
    ]);
    for (const file of files) expect(() => rankOf(file.path)).not.toThrow();
  });

  it('imports only from the same layer or the layers below', () => {
    const upward = [...relativeImports].flatMap(([from, targets]) =>
      targets.filter((to) => rankOf(to) > rankOf(from)).map((to) => `${from} → ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('imports only files that exist', () => {
    const known = new Set(files.map((file) => file.path));
    const missing = [...relativeImports.values()].flat().filter((to) => !known.has(to));
    expect(missing).toEqual([]);
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (path: string, trail: string[]): void => {
      if (trail.includes(path)) {
        circles.push([...trail.slice(trail.indexOf(path)), path].join(' → '));
        return;
      }
      if (done.has(path)) return;
      for (const next of relativeImports.get(path) ?? []) visit(next, [...trail, path]);
      done.add(path);
    };
    for (const file of files) visit(file.path, []);
    expect(circles).toEqual([]);
  });

  it('depends at run time on msw only, and on node: modules only in server/', () => {
    const packages = files.flatMap((file) =>
      importSpecifiers(file.text)
        .filter((specifier) => !specifier.startsWith('.'))
        .filter((specifier) => !(specifier.startsWith('node:') && rankOf(file.path) >= 4))
        .filter((specifier) => specifier !== 'msw')
        .map((specifier) => `${file.path}: ${specifier}`),
    );
    // The main entry runs in browsers too, and the mock never needs the kit it stands in for.
    expect(packages).toEqual([]);
  });

  it('keeps every hand-written source file at 200 lines or fewer', () => {
    // contract/iso/ holds generated data tables.
    const long = files
      .filter((file) => !file.path.startsWith('contract/iso/'))
      .filter((file) => file.text.split('\n').length - 1 > 200)
      .map((file) => file.path);
    expect(long).toEqual([]);
  });
});
