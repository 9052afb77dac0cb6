import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repoRoot = new URL('../../../', import.meta.url);
const fileLine = /^```tsx\n\/\/ (examples\/next-account-page\/\S+)\n([\s\S]*?)^```$/gm;

it("shows the example's own files as the hooks README's server rendering recipe", async () => {
  const readme = await readFile(new URL('packages/hooks/README.md', repoRoot), 'utf8');
  const blocks = [...readme.matchAll(fileLine)].map(([, path, code]) => ({ path, code }));
  expect(blocks.map((block) => block.path)).toEqual([
    'examples/next-account-page/src/app/account/page.tsx',
    'examples/next-account-page/src/app/account/account-profile.tsx',
  ]);
  for (const { path, code } of blocks) {
    // The block is the file, so the recipe is what `next build` compiles and the e2e test runs.
    expect(code).toBe(await readFile(fileURLToPath(new URL(path ?? '', repoRoot)), 'utf8'));
  }
});
