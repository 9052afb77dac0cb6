import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumLaunchOptions } from './tools/chromium-launch-options.mjs';
import { onReact18 } from './tools/react18/react18-project.js';

/** Workspace packages are consumed from source, so tests never depend on a prior build. */
const sourceCondition = '@profile-kit/source';

/**
 * A ceiling for one browser test, above the 10 s `findBy…` ceiling the setup files set: on a
 * two-core CI machine the browser suites share the CPU, and a first render can take seconds.
 */
const browserTestTimeout = 30_000;

/** The visual project's viewport: a desktop's width, and high enough for the tallest story. */
const visualViewport = { width: 1280, height: 1800 };

const storybookConfigDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/** The stories as tests in Chromium, with the Storybook toolbar's globals pinned (e.g. the theme). */
function storybookProject(
  name: string,
  initialGlobals: Record<string, unknown>,
): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({ configDir: storybookConfigDir, initialGlobals }),
      {
        // storybookTest gives every project on one configDir the same Vite cache, and two
        // projects pre-bundling into one directory at once race: each gets its own.
        name: 'storybook-project-cache-dir',
        config: () => ({
          cacheDir: fileURLToPath(new URL(`./node_modules/.cache/vitest-${name}`, import.meta.url)),
        }),
      },
    ],
    test: {
      name,
      testTimeout: browserTestTimeout,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: chromiumLaunchOptions }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

const hooksProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'hooks',
    include: ['packages/hooks/test/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // A first import of a whole entry from source (the export tests) takes seconds on a
    // loaded two-core machine.
    testTimeout: 30_000,
    setupFiles: ['./vitest.setup.ts'],
  },
};

const componentsProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'components',
    include: ['packages/components/test/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: browserTestTimeout,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
};

/** A real server render: no window, no document. */
const componentsSsrProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'components-ssr',
    include: ['packages/components/test-ssr/**/*.test.tsx'],
    environment: 'node',
  },
};

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    // Under CI, also a JSON report, from which .ci/run prints one plain totals line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      hooksProject,
      onReact18(hooksProject),
      {
        extends: true,
        test: {
          name: 'mock-api',
          include: ['packages/mock-api/test/**/*.test.ts'],
          environment: 'node',
          // The CLI tests start node processes: on a loaded two-core machine that takes seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'example-e2e',
          include: ['examples/account-page/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the example and drives Chromium: minutes of budget, not seconds.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // `next build` + `next start` of the Next.js example, driven in Chromium. The build
          // bundles the kit's packages from their dist/: `pnpm build` runs first.
          name: 'next-e2e',
          include: ['examples/next-account-page/e2e/**/*.test.ts'],
          environment: 'node',
          // After every other project: the build's burst of CPU would slow their browser tests.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      componentsProject,
      onReact18(componentsProject),
      // Every story rendered and its play function run in Chromium, with axe (a11y.test: 'error').
      storybookProject('storybook', {}),
      storybookProject('storybook-dark', { theme: 'dark' }),
      {
        // The key stories compared to committed screenshots (visual regression).
        extends: true,
        test: {
          name: 'visual',
          include: ['packages/components/test-visual/**/*.test.tsx'],
          // The story, then up to 30 s for a stable screenshot on a loaded machine.
          testTimeout: 90_000,
          browser: {
            enabled: true,
            headless: true,
            // The browser window as large as the largest test viewport: Vitest scales a
            // test frame that does not fit the window down, and the screenshots with it.
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              contextOptions: { viewport: visualViewport, deviceScaleFactor: 1 },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: visualViewport,
            // A failure keeps the actual and diff images; a page screenshot besides is noise.
            screenshotFailures: false,
            expect: {
              toMatchScreenshot: {
                // Beside the test file, and committed: __screenshots__/ is ignored by git. The
                // actual and diff images of a mismatch go to .vitest-attachments/ (ignored too).
                resolveScreenshotPath: (data) =>
                  join(
                    data.root,
                    data.testFileDirectory,
                    'reference-screenshots',
                    data.testFileName,
                    `${data.arg}-${data.browserName}-${data.platform}${data.ext}`,
                  ),
                comparatorName: 'pixelmatch',
                // Per pixel: a colour difference up to 0.2 (YIQ, 0–1) is the same colour, and
                // anti-aliased edges are ignored; per image: at most 0.1 % of pixels may differ.
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.001 },
              },
            },
          },
        },
      },
      componentsSsrProject,
      onReact18(componentsSsrProject),
    ],
  },
});
