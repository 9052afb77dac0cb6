import { readFileSync } from 'node:fs';
import { describeApiIndex } from '../../../tools/api-index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describeApiIndex('@profile-kit/mock-api', () => read('../README.md'), [
  { entry: '.', text: () => read('../src/index.ts'), load: () => import('../src/index.js') },
  {
    entry: './server',
    text: () => read('../src/server.ts'),
    load: () => import('../src/server.js'),
  },
]);
