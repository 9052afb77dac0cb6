import { z } from 'zod/mini';

const expandSchema = z.union([
  z.literal('addresses'),
  z.literal('mixin:*'),
  z.templateLiteral(['mixin:', z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))]),
]);

// The client calls `profileExpandSchema.array()`, classic zod's chain; zod/mini has
// `z.array(schema)` instead. Added here so the experiment needs no change to the client.
export const profileExpandSchema = Object.assign(expandSchema, {
  array: () => z.array(expandSchema),
});

export type ProfileExpand = z.output<typeof expandSchema>;

export function normalizeExpand(expand: readonly ProfileExpand[] = []): ProfileExpand[] {
  return [...new Set(expand)].sort();
}
