import { isProfileKitError } from './profile-kit-error.js';

/** What went wrong with a credential call, beyond its `ProfileKitError.kind`. */
export type CredentialProblem = 'wrong-password' | 'token-expired' | 'token-invalid';

/**
 * Reads a refused credential call: the API answers a wrong password or a bad mail token
 * with a 400 naming the field (`password`, `currentPassword`, `token`), so this is a
 * `validation` error with that field error. `undefined` for anything else (a 429 is
 * `kind: 'rate-limited'` with `retryAfterMs`; an expired session `unauthorized`).
 *
 * @example
 * if (credentialProblem(error) === 'wrong-password') setError('currentPassword', { message: t.wrongPassword });
 */
export function credentialProblem(error: unknown): CredentialProblem | undefined {
  if (!isProfileKitError(error, 'validation')) return undefined;
  const fields = error.fieldErrors;
  if (fields.some((item) => item.field === 'password' || item.field === 'currentPassword')) {
    return 'wrong-password';
  }
  const token = fields.find((item) => item.field === 'token');
  if (token === undefined) return undefined;
  return token.type === 'expired' || error.code === 'token_expired'
    ? 'token-expired'
    : 'token-invalid';
}
