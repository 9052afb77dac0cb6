/** How strong a new password looks, for the hint under the field; it blocks nothing. */
export type PasswordStrength = 'weak' | 'fair' | 'strong';

/**
 * A rough estimate from length and variety (lower case, upper case, digits, anything
 * else): under 8 characters is weak; 16 or more, or 12 with three kinds, is strong. Only
 * the verdict is kept, never the password.
 */
export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length;
  if (length < 8) return 'weak';
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((kind) =>
    kind.test(password),
  ).length;
  if (length >= 16 || (length >= 12 && kinds >= 3)) return 'strong';
  return kinds >= 2 ? 'fair' : 'weak';
}
