import * as z from 'zod/mini';

/**
 * A site code as it may go into `/site/{tenant}/sites/{siteCode}`: URL-unreserved
 * characters only (the contract allows anything but whitespace and `#`, which would need
 * encoding), starting with a letter or digit so `.` and `..` never walk the path.
 */
export const siteCodeSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][\w.~-]*$/,
      'Use letters, digits, - _ . ~, starting with a letter or digit.',
    ),
  );

export type SiteCode = z.output<typeof siteCodeSchema>;
