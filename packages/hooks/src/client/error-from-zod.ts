import type * as z from 'zod/mini';
import { ProfileKitError, type ProfileKitErrorKind } from './profile-kit-error.js';

/** A failed check as the kit's error: one field error per zod issue, at its dotted path. */
export function errorFromZod(kind: ProfileKitErrorKind, error: z.core.$ZodError): ProfileKitError {
  return new ProfileKitError(kind, undefined, {
    fieldErrors: error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
      type: issue.code,
    })),
  });
}
