import { readdir, readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';

const repoRoot = new URL('../../../', import.meta.url);
/** A code block that is a repository file: its first line names it, the rest is the file. */
const includedFile = /^```tsx?\n\/\/ ((?:examples|packages)\/\S+\.tsx?)\n([\s\S]*?)^```$/gm;

/** The READMEs at the root, of every package and of every example. */
async function readmes() {
  const inside = async (dir: string) =>
    (await readdir(new URL(dir, repoRoot), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${dir}/${entry.name}/README.md`);
  const all = ['README.md', ...(await inside('packages')), ...(await inside('examples'))];
  const texts = await Promise.all(
    all.map((path) => readFile(new URL(path, repoRoot), 'utf8').catch(() => '')),
  );
  return all.map((path, i) => ({ path, text: texts[i] ?? '' }));
}

it('shows repository files in the READMEs exactly as they are', async () => {
  const blocks = (await readmes()).flatMap(({ path: readme, text }) =>
    [...text.matchAll(includedFile)].map(([, path = '', code]) => ({ readme, path, code })),
  );
  // The hooks README's server rendering recipe is the Next example's page, so it is what
  // `next build` compiles and the e2e test runs.
  expect(
    blocks.filter((block) => block.readme === 'packages/hooks/README.md').map((b) => b.path),
  ).toEqual([
    'examples/next-account-page/src/app/account/page.tsx',
    'examples/next-account-page/src/app/account/account-profile.tsx',
  ]);
  for (const { path, code } of blocks) {
    expect(code, path).toBe(await readFile(new URL(path, repoRoot), 'utf8'));
  }
});
