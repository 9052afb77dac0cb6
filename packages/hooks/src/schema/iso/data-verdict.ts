/**
 * What a data rule says about one value: valid, with the value in its canonical form
 * (`de-ch` → `de_CH`, `tel:+49 30 1234567` → `+49 30 1234567`), or invalid, with a reason
 * key that messages are looked up by and, where there is one, the value to use instead.
 */
export type DataVerdict<Reason extends string> =
  | { readonly valid: true; readonly value: string }
  | { readonly valid: false; readonly reason: Reason; readonly suggestion?: string };

export const validValue = (value: string): DataVerdict<never> => ({ valid: true, value });

/** The rules give no suggestion themselves: a caller that refuses a non-canonical spelling does. */
export const invalidValue = <Reason extends string>(reason: Reason): DataVerdict<Reason> => ({
  valid: false,
  reason,
});
