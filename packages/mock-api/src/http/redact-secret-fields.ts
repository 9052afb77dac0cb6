import type { RecordedRequest } from './recorded-request.js';
import { redactedToken } from './redact-access-token.js';

// The secrets the credential bodies carry: passwords and the mail link's token.
const secretFields = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/**
 * The log entry with every password and email-change token in a JSON body replaced by
 * `redacted`: a test (or the dev server's console) can read what was sent, never a secret.
 *
 * @example
 * ```ts
 * context.log.push(redactSecretFields(toRecordedRequest(request, bodyText)));
 * ```
 */
export function redactSecretFields(entry: RecordedRequest): RecordedRequest {
  const { body } = entry;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return entry;
  const redacted = Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      secretFields.has(key) ? redactedToken : value,
    ]),
  );
  return { ...entry, body: redacted };
}
