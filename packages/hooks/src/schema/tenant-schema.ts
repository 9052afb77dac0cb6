import * as z from 'zod/mini';

/**
 * An Emporix tenant name as the contract's `tenant` path parameter allows it: 3–16
 * characters, lowercase letters and digits, starting with a letter. Anything else must
 * never reach a URL.
 */
export const tenantSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9]{2,15}$/,
      'Use 3–16 lowercase letters and digits, starting with a letter.',
    ),
  );

export type Tenant = z.output<typeof tenantSchema>;
