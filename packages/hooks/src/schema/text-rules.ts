import * as z from 'zod/mini';
import { dataRuleCheck } from './data-rule-check.js';
import { checkPhoneNumber } from './iso/phone-number.js';
import { checkProfileText } from './iso/profile-text.js';

/*
 * The contract sets no lengths; these bounds keep a form from sending a novel and match
 * what storefront back offices display. The contract has no nullable field either: a
 * cleared optional text is `""`, and `null` is refused.
 */
export const boundedText = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  z
    .string()
    .check(
      z.trim(),
      z.maxLength(max, { error: `Use at most ${max} characters.`, abort: true }),
      ...checks,
    );

/** Names and other single-line text: every script and emoji, no control or only-invisible characters. */
export const profileText = (max: number) => boundedText(max, dataRuleCheck(checkProfileText));

/**
 * A phone number as the profile and addresses take it (`contactPhone`): as people type it
 * (`(030) 1234567`, no-break spaces, a pasted `tel:`), sent as the rule saves it.
 */
export const contactPhoneSchema = boundedText(
  30,
  dataRuleCheck(checkPhoneNumber),
  z.overwrite((typed) => {
    const verdict = checkPhoneNumber(typed);
    return verdict.valid ? verdict.value : typed;
  }),
);
