import * as z from 'zod/mini';
import { type DataReason, dataReasonMessages } from './iso/data-reason-messages.js';
import type { DataVerdict } from './iso/data-verdict.js';

/**
 * A zod check from a data rule (`iso/`), so the schemas, the mock and every browser give
 * the same answer from the generated tables, never from what one runtime's `Intl` knows.
 * The issue carries the rule's `reason` (and `suggestion`) in `params`, for UIs that show
 * their own text. With `notCanonical`, a value the rule would rewrite (`eur`, `en-US`,
 * `iw`) is refused with the canonical value as the suggestion: codes travel in one form.
 */
export function dataRuleCheck(
  rule: (input: string) => DataVerdict<DataReason>,
  notCanonical?: DataReason,
) {
  return z.superRefine<string>((input, ctx) => {
    const verdict = rule(input);
    const [reason, suggestion] = !verdict.valid
      ? [verdict.reason]
      : notCanonical && verdict.value !== input
        ? [notCanonical, verdict.value]
        : [];
    if (!reason) return;
    ctx.addIssue({
      code: 'custom',
      input,
      message: dataReasonMessages[reason].replace('{suggestion}', suggestion ?? ''),
      params: { reason, suggestion },
    });
  });
}
