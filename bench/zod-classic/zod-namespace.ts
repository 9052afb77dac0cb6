// What `import { z } from 'zod/mini'` finds when the experiment resolves `zod/mini` here.
export * as z from './zod-mini-on-classic.js';
