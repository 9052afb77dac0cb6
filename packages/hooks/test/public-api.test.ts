import { readFileSync } from 'node:fs';
import { describeApiIndex } from '../../../tools/api-index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describeApiIndex('@profile-kit/hooks', () => read('../README.md'), [
  { entry: '.', text: () => read('../src/index.ts'), load: () => import('../src/index.js') },
  {
    entry: './client',
    text: () => read('../src/client.ts'),
    load: () => import('../src/client.js'),
  },
  {
    entry: './addresses',
    text: () => read('../src/addresses.ts'),
    load: () => import('../src/addresses.js'),
  },
  {
    entry: './account',
    text: () => read('../src/account.ts'),
    load: () => import('../src/account.js'),
  },
]);
