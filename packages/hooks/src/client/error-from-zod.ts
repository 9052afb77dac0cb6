import type * as z from 'zod/mini';
import { ProfileKitError, type ProfileKitErrorKind } from './profile-kit-error.js';

/**
 * A failed check as the kit's error: one field error per zod issue, at its dotted path —
 * per key for fields a strict object does not take (read-only or unknown) — with a data
 * rule's `reason` and `suggestion`.
 */
export function errorFromZod(kind: ProfileKitErrorKind, error: z.core.$ZodError): ProfileKitError {
  return new ProfileKitError(kind, undefined, {
    fieldErrors: error.issues.flatMap((issue) =>
      (issue.code === 'unrecognized_keys' ? issue.keys : ['']).map((key) => ({
        field: [...issue.path, key].filter((part) => part !== '').join('.'),
        message: issue.message,
        type: issue.code,
        ...(issue.code === 'custom' && issue.params),
      })),
    ),
  });
}
