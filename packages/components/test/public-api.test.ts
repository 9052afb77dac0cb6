import { commands } from 'vitest/browser';
import { describeApiIndex } from '../../../tools/api-index.js';

// The browser asks the test server for the file; paths are relative to the repository root.
const read = (path: string) => commands.readFile(`packages/components/${path}`);

describeApiIndex('@profile-kit/components', () => read('README.md'), [
  { entry: '.', text: () => read('src/index.ts'), load: () => import('../src/index.js') },
  {
    entry: './locales/de',
    text: () => read('src/locales/de.ts'),
    load: () => import('../src/locales/de.js'),
  },
]);
