import { detail, isPlainObject, stringTypeProblem } from './detail-helpers.js';
import type { ErrorDetail } from './error-message.js';
import { isEmail } from './is-email.js';

/** The request bodies of the three credential endpoints, by the contract's schema name. */
export type CredentialBodyKind = 'ChangeEmailRequestDto' | 'UpdateEmail' | 'PasswordChangeDto';

type FieldRule = 'text' | 'email' | 'boolean';

// The contract lists no required field for the email bodies, but none of them can work
// without its strings, so the mock (like the service) needs every string field.
const rules: Record<CredentialBodyKind, Record<string, FieldRule>> = {
  ChangeEmailRequestDto: {
    email: 'text',
    password: 'text',
    newEmail: 'email',
    syncContactEmail: 'boolean',
  },
  UpdateEmail: { token: 'text' },
  PasswordChangeDto: { currentPassword: 'text', newPassword: 'text' },
};

function checkField(field: string, rule: FieldRule, value: unknown): ErrorDetail[] {
  if (rule === 'boolean') {
    return value === undefined || typeof value === 'boolean'
      ? []
      : [detail(field, 'invalid_type', 'Must be a boolean.')];
  }
  if (value === undefined) return [detail(field, 'required', 'Required.')];
  const problem = stringTypeProblem(field, value);
  if (problem !== undefined) return [problem];
  if ((value as string).trim() === '') return [detail(field, 'required', 'Required.')];
  return rule === 'email' && !isEmail(value as string)
    ? [detail(field, 'invalid_format', 'Must be an email address.')]
    : [];
}

/**
 * The `details[]` for a credential request body: every string field present and not blank,
 * `newEmail` an email address, `syncContactEmail` a boolean, no unknown field.
 *
 * @example
 * ```ts
 * validateCredentials({ currentPassword: 'a' }, 'PasswordChangeDto');
 * // [{ field: 'newPassword', type: 'required', message: 'Required.' }]
 * ```
 */
export function validateCredentials(
  body: Record<string, unknown>,
  kind: CredentialBodyKind,
): ErrorDetail[] {
  if (!isPlainObject(body)) return [detail('', 'invalid_type', 'Must be an object.')];
  const fields = rules[kind];
  const unknown = Object.keys(body)
    .filter((key) => !(key in fields))
    .map((key) => detail(key, 'unknown_field', 'Unknown field.'));
  const known = Object.entries(fields).flatMap(([field, rule]) =>
    checkField(field, rule, body[field]),
  );
  return [...known, ...unknown];
}
