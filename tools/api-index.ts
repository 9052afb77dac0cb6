// What a package README's `## API index` documents, read the same way for every package, so
// each package's export test compares its entries with one reading of its docs.

import { describe, expect, it } from 'vitest';

/** The names one entry of a package documents. */
export interface DocumentedEntry {
  /** Backticked names in the first column of the entry's rows: the exports the rows are about. */
  listed: string[];
  /** Every backticked name in the entry's rows: types are often named beside their value. */
  mentioned: string[];
}

/** An identifier at the start of a backtick span: `createProfileClient(config)` → createProfileClient. */
const identifierSpan = /`([A-Za-z_$][\w$]*)/g;
/** An entry named in the text: `@profile-kit/hooks/client` → ./client. */
const subpathSpan = /`@profile-kit\/[^/`]+\/([^`]+)`/;

const namesIn = (text: string) => [...text.matchAll(identifierSpan)].map((match) => match[1] ?? '');

/**
 * The API index of a README, by entry (`.`, `./server`, `./locales/de`, …). A row belongs to
 * the main entry unless its first column says ``from `@profile-kit/<pkg>/<sub>` `` or it
 * follows a line starting ``From `@profile-kit/<pkg>/<sub>` ``. Rows that name no identifier
 * in the first column (a stylesheet) are left out.
 */
export function documentedEntries(readme: string): Map<string, DocumentedEntry> {
  const start = readme.indexOf('\n## API index\n');
  if (start === -1) throw new Error('the README has no "## API index" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const entries = new Map<string, DocumentedEntry>();
  let sectionEntry = '.';
  for (const line of section.split('\n')) {
    const named = subpathSpan.exec(line);
    if (line.startsWith('From `') && named) sectionEntry = `./${named[1]}`;
    if (!line.startsWith('| `')) continue;
    const [, first = '', ...rest] = line.split('|');
    const firstEntry = subpathSpan.exec(first);
    const entry = firstEntry ? `./${firstEntry[1]}` : sectionEntry;
    const listed = namesIn(first);
    if (listed.length === 0) continue;
    const found = entries.get(entry) ?? { listed: [], mentioned: [] };
    found.listed.push(...listed);
    found.mentioned.push(...listed, ...namesIn(rest.join('|')));
    entries.set(entry, found);
  }
  return entries;
}

/** The names an entry file re-exports, values and types apart (`export { a, type B } from …`). */
export function exportedNames(entryText: string): { values: string[]; types: string[] } {
  // `export *` would hide from a reader of the entry what it exports.
  if (/^export \*/m.test(entryText)) throw new Error('the entry has an `export *`');
  const values: string[] = [];
  const types: string[] = [];
  for (const [, typeOnly, list = ''] of entryText.matchAll(/^export (type )?\{([^}]*)\} from/gm)) {
    for (const item of list.split(',').map((name) => name.trim())) {
      if (item === '') continue;
      const name =
        item
          .replace(/^type /, '')
          .split(/\s+as\s+/)
          .pop() ?? item;
      (typeOnly || item.startsWith('type ') ? types : values).push(name);
    }
  }
  return { values: values.sort(), types: types.sort() };
}

/** One entry of a package: its specifier in the API index, its source text, its module. */
export interface PackageEntry {
  entry: string;
  text: () => string | Promise<string>;
  load: () => Promise<Record<string, unknown>>;
}

/**
 * The export tests of one package, for each entry: every runtime export is listed in the
 * first column of the README's API index and every exported type is named there; every
 * listed name is exported. Fails when an export appears without docs, or docs without it.
 */
export function describeApiIndex(
  packageName: string,
  readme: () => string | Promise<string>,
  entries: PackageEntry[],
): void {
  const exportsOf = async ({ text, load }: PackageEntry) => ({
    values: Object.keys(await load()),
    types: exportedNames(await text()).types,
  });
  const docsOf = async ({ entry }: PackageEntry) => documentedEntries(await readme()).get(entry);
  const cases = entries.map((entry) => [entry.entry, entry] as const);

  describe(`the public API of ${packageName}`, () => {
    it.each(cases)('the %s entry documents every export', async (_, entry) => {
      const { values, types } = await exportsOf(entry);
      const documented = await docsOf(entry);
      const mentioned = new Set(documented?.mentioned);
      expect(values.length).toBeGreaterThan(0);
      expect([
        ...values.filter((name) => !documented?.listed.includes(name)),
        ...types.filter((name) => !mentioned.has(name)),
      ]).toEqual([]);
    });

    it.each(cases)('the %s entry exports everything it documents', async (_, entry) => {
      const { values, types } = await exportsOf(entry);
      const exported = new Set([...values, ...types]);
      const listed = (await docsOf(entry))?.listed ?? [];
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((name) => !exported.has(name))).toEqual([]);
    });
  });
}
