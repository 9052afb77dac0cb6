import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportedNames, readme } from './helpers/index.js';

// The names in the first column of the README's API tables, per entry.
function documentedNames(): { main: string[]; server: string[] } {
  const text = readme();
  const start = text.indexOf('\n## API\n');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end === -1 ? undefined : end);
  const [main = '', server = ''] = section.split('From `@profile-kit/mock-api/server`');
  const names = (table: string) =>
    table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Za-z]\w*)/g)])
      .map((match) => match[1] ?? '')
      .sort();
  return { main: names(main), server: names(server) };
}

function entryText(file: string): string {
  return readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
}

describe('the public API', () => {
  it.each([
    ['@profile-kit/mock-api', 'index.ts', 'main'],
    ['@profile-kit/mock-api/server', 'server.ts', 'server'],
  ] as const)('%s exports exactly what the README documents', (_, file, table) => {
    expect(exportedNames(entryText(file))).toEqual(documentedNames()[table]);
  });

  it.each([
    ['index.ts', () => import('../src/index.js')],
    ['server.ts', () => import('../src/server.js')],
  ])('%s exports at run time only the values it names', async (file, load) => {
    const values = Object.keys(await load()).sort();
    const named = exportedNames(entryText(file));
    expect(values.length).toBeGreaterThan(0);
    expect(named).toEqual(expect.arrayContaining(values));
  });
});
