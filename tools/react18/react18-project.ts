import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The React packages that must all be this package's React 18 copies: a library left on
 * the workspace's React 19 would run the suite on two Reacts (or quietly on 19).
 */
const reactFamily = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'react-hook-form',
  '@testing-library/react',
];

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The same project on React 18.3. Rooted here, with the React family deduped, so Vite
 * resolves every import of it (the kit's, the tests', a library's, and the pre-bundled
 * `optimizeDeps.include`) from this package, whose dependencies pnpm resolved against
 * React 18; Node-loaded libraries then find React 18 beside them. Its own cache, so
 * pre-bundled React 19 is never reused. A setup file refuses to run unless every React is 18.
 */
export function onReact18(project: TestProjectInlineConfiguration): TestProjectInlineConfiguration {
  const { test } = project;
  const name = `${test?.name}-react18`;
  const fromRepo = (path: string) => fileURLToPath(new URL(path, `file://${repoRoot}`));
  return {
    ...project,
    root: fileURLToPath(new URL('.', import.meta.url)),
    cacheDir: fromRepo(`node_modules/.cache/vitest-${name}`),
    resolve: { ...project.resolve, dedupe: reactFamily },
    test: {
      ...test,
      name,
      dir: repoRoot,
      setupFiles: ['vitest.setup.react18.tsx', ...[test?.setupFiles ?? []].flat()].map(fromRepo),
      // A browser instance is named after its project unless it has a name of its own:
      // without one, both copies of a browser project would be "components (chromium)".
      ...(test?.browser && {
        browser: {
          ...test.browser,
          instances: test.browser.instances?.map((instance) => ({
            ...instance,
            name: `${name} (${instance.browser})`,
          })),
        },
      }),
    },
  };
}
