import * as z from 'zod/mini';

/**
 * What `GET /me?expand=` can add: `addresses`, every mixin (`mixin:*`) or one named
 * mixin (`mixin:loyalty`).
 */
export const profileExpandSchema = z.union([
  z.literal('addresses'),
  z.literal('mixin:*'),
  z.templateLiteral(['mixin:', z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))]),
]);

export type ProfileExpand = z.output<typeof profileExpandSchema>;

/** The client's check of its `expand` option; issues come out at `expand.<index>`. */
export const profileExpandOptionSchema = z.object({ expand: z.array(profileExpandSchema) });

/** Sorted and without repeats, so `['a', 'b']` and `['b', 'a', 'a']` share a cache entry. */
export function normalizeExpand(expand: readonly ProfileExpand[] = []): ProfileExpand[] {
  return [...new Set(expand)].sort();
}
