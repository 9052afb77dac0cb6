import { z } from 'zod/mini';

/**
 * An Emporix tenant name as the contract's `tenant` path parameter allows it: 3–16
 * characters, lowercase letters and digits, starting with a letter. Anything else must
 * never reach a URL.
 */
export const tenantSchema = z
  .string()
  .check(
    z.minLength(3, { error: 'A tenant has at least 3 characters.', abort: true }),
    z.maxLength(16, { error: 'A tenant has at most 16 characters.', abort: true }),
    z.regex(
      /^[a-z][a-z0-9]+$/,
      'A tenant is lowercase letters and digits, starting with a letter.',
    ),
  );

export type Tenant = z.output<typeof tenantSchema>;
