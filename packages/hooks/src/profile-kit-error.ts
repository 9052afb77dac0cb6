/** Every way a profile request can fail, as `ProfileKitError.kind`. */
export const profileKitErrorKinds = [
  'invalid-input',
  'validation',
  'unauthorized',
  'forbidden',
  'conflict',
  'not-found',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'aborted',
  'invalid-response',
  'config',
] as const;

export type ProfileKitErrorKind = (typeof profileKitErrorKinds)[number];

/** A problem with one field, from the kit's own validation or the API's `details[]`. */
export interface ProfileFieldError {
  /** Dotted path in the patch, as the contract names it: `preferredCurrency`, `b2b.companyRegistrationId`. */
  readonly field: string;
  readonly message: string;
  /** The API's `details[].type` (`invalid_value`) or the zod issue code (`invalid_format`). */
  readonly type?: string | undefined;
}

export interface ProfileKitErrorOptions {
  status?: number | undefined;
  code?: string | undefined;
  serverMessage?: string | undefined;
  fieldErrors?: readonly ProfileFieldError[] | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

const defaultMessages: Record<ProfileKitErrorKind, string> = {
  'invalid-input': 'The profile change is not valid; nothing was sent.',
  validation: 'The server refused the profile change as invalid.',
  unauthorized: 'The session is missing or has expired; sign in again.',
  forbidden: 'This session may not do that; sign in as a customer.',
  conflict: 'The profile was changed elsewhere since it was loaded.',
  'not-found': 'The profile was not found.',
  'rate-limited': 'Too many requests; try again shortly.',
  server: 'The profile service failed; try again later.',
  network: 'The profile service could not be reached; check the connection.',
  timeout: 'The profile service did not answer in time.',
  aborted: 'The profile request was cancelled.',
  'invalid-response': 'The profile service sent an answer the kit does not understand.',
  config: 'profile-kit is not configured correctly.',
};

/**
 * The one error type the kit throws. `kind` says what went wrong, `status` is the HTTP
 * status where there was a response, `fieldErrors` holds per-field problems. It never
 * carries an access token: not in `message`, `String(error)`, `JSON.stringify(error)`
 * or its stack.
 *
 * @example
 * try {
 *   await client.updateProfile({ preferredCurrency: 'EUR' });
 * } catch (error) {
 *   if (isProfileKitError(error, 'conflict')) reloadAndRetry();
 * }
 */
export class ProfileKitError extends Error {
  override readonly name = 'ProfileKitError';
  readonly kind: ProfileKitErrorKind;
  readonly status: number | undefined;
  /** A machine-readable code from the server: `ErrorMessage.type` or the Apigee `errorcode`. */
  readonly code: string | undefined;
  /** The server's own message, for debugging; not meant for customers. */
  readonly serverMessage: string | undefined;
  readonly fieldErrors: readonly ProfileFieldError[];
  /** From a 429's `Retry-After`. */
  readonly retryAfterMs: number | undefined;

  constructor(kind: ProfileKitErrorKind, message?: string, options: ProfileKitErrorOptions = {}) {
    super(message ?? defaultMessages[kind], { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.code = options.code;
    this.serverMessage = options.serverMessage;
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterMs = options.retryAfterMs;
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      code: this.code,
      serverMessage: this.serverMessage,
      fieldErrors: this.fieldErrors,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** Narrows `value` to a `ProfileKitError`, optionally of one `kind`. */
export function isProfileKitError(
  value: unknown,
  kind?: ProfileKitErrorKind,
): value is ProfileKitError {
  return value instanceof ProfileKitError && (kind === undefined || value.kind === kind);
}
