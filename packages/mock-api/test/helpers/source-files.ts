import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (where package.json and README.md are). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The package's `src` folder. */
export const srcRoot = join(packageRoot, 'src');

/** One source file under `src`: its path relative to `src` and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Every `.ts` file under `src`, with paths relative to `src` (`http/json-response.ts`). */
export function sourceFiles(): SourceFile[] {
  return readdirSync(srcRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { path: relative(srcRoot, absolute), text: readFileSync(absolute, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The module specifiers a file imports or re-exports (`import … from`, `export … from`). */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)';/gms)].map(
    (match) => match[1] ?? '',
  );
}

/** A relative specifier resolved to a path under `src` (`../store/mock-state.js` → `store/mock-state.ts`). */
export function resolveWithinSrc(fromPath: string, specifier: string): string {
  const absolute = resolve(srcRoot, dirname(fromPath), specifier.replace(/\.js$/, '.ts'));
  return relative(srcRoot, absolute);
}
