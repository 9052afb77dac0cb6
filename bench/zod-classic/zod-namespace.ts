// The hooks import zod/mini as a namespace (`import * as z from 'zod/mini'`): the same here.
export * from './zod-mini-on-classic.js';
