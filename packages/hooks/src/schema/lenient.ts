import * as z from 'zod/mini';

/**
 * One odd legacy value (a number where the contract says string, say) must not fail a
 * whole answer: such a field reads as absent and the rest still shows.
 */
export function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}
