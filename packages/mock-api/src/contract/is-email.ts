// Deliberately loose, like most servers: one "@", no spaces, a dot in the domain.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Whether `value` looks like an email address.
 *
 * @example
 * ```ts
 * isEmail('ada@example.com'); // true
 * isEmail('ada@example'); // false
 * ```
 */
export function isEmail(value: string): boolean {
  return emailPattern.test(value);
}
