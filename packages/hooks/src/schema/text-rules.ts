import * as z from 'zod/mini';

/*
 * The contract sets no lengths; these bounds keep a form from sending a novel and match
 * what storefront back offices display. The contract has no nullable field either: a
 * cleared optional text is `""`, and `null` is refused.
 */
export const boundedText = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(z.trim(), z.maxLength(max, `Use at most ${max} characters.`), ...checks);

/** A phone number as the profile and addresses take it (`contactPhone`). */
export const contactPhoneSchema = boundedText(
  30,
  z.regex(/^(\+?[0-9][0-9 ()./-]*)?$/, 'Use digits, spaces and + ( ) - . / only.'),
);

/** The contract has no nullable field, and a `null` inside a mixin would delete it (merge-patch). */
const hasNoNull = (value: unknown): boolean =>
  value !== null && (typeof value !== 'object' || Object.values(value as object).every(hasNoNull));

/** Mixins, and in `metadata.mixins` the links to their schemas. */
export const mixinsSchema = z
  .record(z.string(), z.unknown())
  .check(z.refine(hasNoNull, 'Mixins cannot hold null.'));
