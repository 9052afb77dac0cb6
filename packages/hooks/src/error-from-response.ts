import {
  type ProfileFieldError,
  ProfileKitError,
  type ProfileKitErrorKind,
} from './profile-kit-error.js';
import { redactSecret } from './redact-secret.js';
import { parseRetryAfter } from './retry-after.js';

/** What the API answered, read in full before the request's timeout ended. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

function kindForStatus(status: number): ProfileKitErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  return 'server';
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

const redact = (text: string | undefined, secret: string | undefined) =>
  text === undefined ? undefined : redactSecret(text, secret);

/**
 * Turns a non-2xx answer into a `ProfileKitError`. Reads both error bodies of the
 * contract: `ErrorMessage` (`type`, `message`, `details[]`) for 400/403/409 and the
 * Apigee `fault` for 401.
 */
export function errorFromResponse(answer: ApiAnswer, token: string | undefined): ProfileKitError {
  const { status } = answer;
  const body = asRecord(answer.body);
  const fault = asRecord(body?.fault);
  const code = asString(asRecord(fault?.detail)?.errorcode) ?? asString(body?.type);
  const serverMessage = asString(fault?.faultstring) ?? asString(body?.message);
  const details = Array.isArray(body?.details) ? body.details : [];
  const fieldErrors: ProfileFieldError[] = details.flatMap((item: unknown) => {
    const detail = asRecord(item);
    const field = asString(detail?.field);
    if (!field) return [];
    return [
      {
        field,
        type: asString(detail?.type),
        message: redact(asString(detail?.message), token) ?? 'This value is not valid.',
      },
    ];
  });
  const kind = kindForStatus(status);
  const message =
    kind === 'unauthorized' && code === 'keymanagement.service.access_token_expired'
      ? 'The session has expired; sign in again.'
      : undefined;
  return new ProfileKitError(kind, message, {
    status,
    code: redact(code, token),
    serverMessage: redact(serverMessage, token),
    fieldErrors,
    retryAfterMs: status === 429 ? parseRetryAfter(answer.headers.get('retry-after')) : undefined,
  });
}
