import type { CustomerProfile } from '../schema/customer-profile-schema.js';
import type { DataReason } from '../schema/iso/data-reason-messages.js';

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
  /** The data rule that refused the value (`currency.withdrawn`), for a UI's own text. */
  readonly reason?: DataReason | undefined;
  /** The value to use instead, where there is one: `EUR` for `eur`, `he` for `iw`. */
  readonly suggestion?: string | undefined;
}

export interface ProfileKitErrorOptions {
  status?: number | undefined;
  code?: string | undefined;
  serverMessage?: string | undefined;
  fieldErrors?: readonly ProfileFieldError[] | undefined;
  retryAfterMs?: number | undefined;
  /** A `conflict` from a save: the other writer's profile, read inside the save. */
  latestProfile?: CustomerProfile | undefined;
  cause?: unknown;
}

/*
 * In the order of `profileKitErrorKinds` (the type keeps the two the same length). Short
 * on purpose: they ship in every host bundle, and a UI shows its own text per `kind`.
 */
type OnePerKind<Kinds> = { readonly [K in keyof Kinds]: string };
const defaultMessages: OnePerKind<typeof profileKitErrorKinds> = [
  'Invalid input; nothing was sent.',
  'The server refused the input.',
  'Not signed in, or the session expired.',
  'Not allowed for this session.',
  'Changed elsewhere since it was read.',
  'Not found.',
  'Too many requests.',
  'Server error.',
  'The server could not be reached.',
  'No answer in time.',
  'Cancelled.',
  'Unexpected answer.',
  'Invalid client configuration.',
];

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
  declare readonly kind: ProfileKitErrorKind;
  declare readonly status: number | undefined;
  /** A machine-readable code from the server: `ErrorMessage.type` or the Apigee `errorcode`. */
  declare readonly code: string | undefined;
  /** The server's own message, for debugging; not meant for customers. */
  declare readonly serverMessage: string | undefined;
  declare readonly fieldErrors: readonly ProfileFieldError[];
  /** From a 429's `Retry-After`. */
  declare readonly retryAfterMs: number | undefined;
  /**
   * On a `conflict` from a save (`useUpdateProfile`): the latest stored profile, read
   * inside the save, for the screen that shows what changed elsewhere; `undefined` when
   * that read failed. Not enumerable, so a logged error carries no customer data.
   */
  declare readonly latestProfile: CustomerProfile | undefined;

  constructor(
    kind: ProfileKitErrorKind,
    message?: string,
    { cause, fieldErrors = [], latestProfile, ...details }: ProfileKitErrorOptions = {},
  ) {
    super(message ?? defaultMessages[profileKitErrorKinds.indexOf(kind)], { cause });
    Object.assign(this, { kind, fieldErrors, ...details });
    Object.defineProperty(this, 'latestProfile', { value: latestProfile });
  }

  /** Every field but `cause` and `stack`, which are not enumerable. */
  toJSON() {
    return { ...this, message: this.message };
  }
}

/** Narrows `value` to a `ProfileKitError`, optionally of one `kind`. */
export function isProfileKitError(
  value: unknown,
  kind?: ProfileKitErrorKind,
): value is ProfileKitError {
  return value instanceof ProfileKitError && (!kind || value.kind === kind);
}
