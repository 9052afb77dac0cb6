import type { z } from 'zod/mini';
import type { ProfileFieldError } from './profile-kit-error.js';

/** Zod issues as the kit's field errors, with the contract's dotted field paths. */
export function fieldErrorsFromZod(error: z.core.$ZodError, prefix?: string): ProfileFieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((part) => part !== undefined).join('.'),
    message: issue.message,
    type: issue.code,
  }));
}
