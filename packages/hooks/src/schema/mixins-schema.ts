import * as z from 'zod/mini';

/** Deeper than any mixin schema nests; a deeper value is a bug or an attack, not data. */
export const maxMixinDepth = 32;
/** Values (objects, arrays, scalars) in all mixins of one patch. */
export const maxMixinValues = 10_000;

/**
 * What is wrong with a mixins value, or `undefined`: `null` anywhere (the contract has no
 * nullable field, and inside a mixin merge-patch would delete it), nesting deeper than
 * {@link maxMixinDepth} or more than {@link maxMixinValues} values (a cycle is both).
 * Walked without recursion, so no input can overflow the stack with a `RangeError`.
 */
function mixinsProblem(mixins: unknown): string | undefined {
  const pending: [value: unknown, depth: number][] = [[mixins, 0]];
  for (let seen = 0; pending.length; seen++) {
    const [value, depth] = pending.pop() as [unknown, number];
    if (value === null) return 'Mixins cannot hold null.';
    if (depth > maxMixinDepth || seen > maxMixinValues) {
      return `Mixins may nest ${maxMixinDepth} levels and hold ${maxMixinValues} values.`;
    }
    if (typeof value === 'object') {
      for (const inner of Object.values(value)) pending.push([inner, depth + 1]);
    }
  }
  return undefined;
}

/** Mixins, and in `metadata.mixins` the links to their schemas. */
export const mixinsSchema = z.record(z.string(), z.unknown()).check(
  z.superRefine((mixins, ctx) => {
    const message = mixinsProblem(mixins);
    if (message) ctx.addIssue({ code: 'custom', input: mixins, message });
  }),
);
