/// <reference types="vite/client" />
import { describeApiIndex } from '../../../tools/api-index.js';
import readme from '../README.md?raw';
import accountText from '../src/account.ts?raw';
import addressesText from '../src/addresses.ts?raw';
import indexText from '../src/index.ts?raw';
import deText from '../src/locales/de.ts?raw';
import deAccountText from '../src/locales/de-account.ts?raw';

// The files' text comes with the test's bundle (`?raw`): the browser has no file system.
describeApiIndex('@profile-kit/components', () => readme, [
  { entry: '.', text: () => indexText, load: () => import('../src/index.js') },
  { entry: './locales/de', text: () => deText, load: () => import('../src/locales/de.js') },
  { entry: './addresses', text: () => addressesText, load: () => import('../src/addresses.js') },
  { entry: './account', text: () => accountText, load: () => import('../src/account.js') },
  {
    entry: './locales/de-account',
    text: () => deAccountText,
    load: () => import('../src/locales/de-account.js'),
  },
]);
