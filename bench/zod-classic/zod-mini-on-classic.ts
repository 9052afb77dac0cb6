/*
 * zod/mini's API on classic zod, for the size experiment: with `zod/mini` resolved here,
 * the kit's schemas, exactly as shipped, are built on classic zod. Classic zod exports
 * every function the schemas call but two, added below. Named re-exports (not a spread
 * of classic's `z` object) keep tree-shaking as fair as it is for zod/mini.
 */
import { lte, type ZodObject } from 'zod';

export * from 'zod';

/** zod/mini's `maximum` is classic's `lte`. */
export const maximum = lte;

/** zod/mini's `z.partial(schema)` is classic's `schema.partial()`. */
export function partial<T extends ZodObject>(schema: T): ReturnType<T['partial']> {
  return schema.partial() as ReturnType<T['partial']>;
}
