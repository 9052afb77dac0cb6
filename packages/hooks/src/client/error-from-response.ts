import { ProfileKitError, type ProfileKitErrorKind } from './profile-kit-error.js';
import { redactSecret } from './redact-secret.js';

/** What the API answered, read in full before the request's timeout ended. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

const kindByStatus: Record<number, ProfileKitErrorKind> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'validation',
  429: 'rate-limited',
};

/** Any value read as an object, so a body of another shape just has no fields. */
const fieldsOf = (value: unknown): Record<string, unknown> => Object(value);

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Proxies may
 * join repeated headers into a list (`120, 60`) and pad them: the first value counts. An
 * HTTP date has a comma of its own, so only seconds are split off a list. Every HTTP date
 * names its month, and `Date.parse` reads numbers like `1.5` or `-5` as dates: without a
 * letter, a value that is not whole seconds is no wait at all.
 */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const first = header.split(',')[0]?.trim() ?? '';
  const date = /[a-z]/i.test(header) ? Date.parse(header) : Number.NaN;
  const ms = /^\d+$/.test(first) ? +first * 1000 : date - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Turns a non-2xx answer into a `ProfileKitError`. Reads both error bodies of the
 * contract: `ErrorMessage` (`type`, `message`, `details[]`) for 400/403/409 and the
 * Apigee `fault` for 401. Server text could echo a token, so all of it is redacted of
 * every token the request used.
 */
export function errorFromResponse({ status, headers, body }: ApiAnswer, tokens: readonly string[]) {
  const text = (value: unknown) =>
    typeof value === 'string' && value ? redactSecret(value, tokens) : undefined;
  const { fault, type, message, details } = fieldsOf(body);
  const { faultstring, detail } = fieldsOf(fault);
  return new ProfileKitError(kindByStatus[status] ?? 'server', undefined, {
    status,
    code: text(fieldsOf(detail).errorcode) ?? text(type),
    serverMessage: text(faultstring) ?? text(message),
    fieldErrors: (Array.isArray(details) ? details : []).flatMap((item: unknown) => {
      const { field, type, message } = fieldsOf(item);
      const name = text(field);
      return name ? [{ field: name, type: text(type), message: text(message) ?? 'Invalid.' }] : [];
    }),
    retryAfterMs: status === 429 ? retryAfterMs(headers.get('retry-after')) : undefined,
  });
}
