import type * as z from 'zod/mini';
import {
  changeEmailSchema,
  type EmailChange,
  type EmailChangeConfirmation,
  emailChangeConfirmationSchema,
  type PasswordChange,
  passwordChangeSchema,
} from '../schema/credential-schemas.js';
import type { ProfileClient } from './create-profile-client.js';
import type { RequestOptions, RequestPath } from './create-request-sender.js';
import { errorFromZod } from './error-from-zod.js';

const emailChangePath: RequestPath = (tenant) =>
  `/customer/${tenant}/me/accounts/internal/email/change`;
// Not under `/me`: a peer kit sent it there and got 404.
const passwordChangePath: RequestPath = (tenant) => `/customer/${tenant}/password/change`;

// Checks `input` (an `invalid-input` error, nothing sent) and POSTs it as JSON; 204 → void.
async function post<T extends z.ZodMiniType>(
  client: ProfileClient,
  path: RequestPath,
  schema: T,
  input: unknown,
  options?: RequestOptions,
): Promise<void> {
  const result = schema.safeParse(input);
  if (!result.success) throw errorFromZod('invalid-input', result.error);
  const init = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(result.data),
  };
  await client.request(path, init, options);
}

/**
 * Asks for an email change (`POST …/me/accounts/internal/email/change`, customer token);
 * the API mails a confirmation link to the new address. A wrong password is a `validation`
 * error (`credentialProblem(error) === 'wrong-password'`).
 *
 * @example
 * await changeEmail(client, { email: 'anna@example.com', password, newEmail: 'anna@example.org' });
 */
export function changeEmail(
  client: ProfileClient,
  change: EmailChange,
  options?: RequestOptions,
): Promise<void> {
  return post(client, emailChangePath, changeEmailSchema, change, options);
}

/**
 * Confirms an email change with the token from the mail link
 * (`POST …/email/change/confirm`). The contract asks for an **anonymous** token: use a
 * client whose token source gives one (the confirm page works without a sign-in).
 *
 * @example
 * await confirmEmailChange(anonymousClient, { token: new URL(location.href).searchParams.get('token') ?? '' });
 */
export function confirmEmailChange(
  client: ProfileClient,
  confirmation: EmailChangeConfirmation,
  options?: RequestOptions,
): Promise<void> {
  return post(
    client,
    (tenant) => `${emailChangePath(tenant)}/confirm`,
    emailChangeConfirmationSchema,
    confirmation,
    options,
  );
}

/**
 * Changes the password (`POST /customer/{tenant}/password/change`, customer token). A new
 * password equal to the current one is `invalid-input`, nothing sent. After the change it
 * starts a refresh of the session (`client.refreshSession()`, when the client has a
 * `refreshAccessToken`): the API may end the old token's session with the old password.
 * It resolves without waiting for it, so a slow refresher does not hold the news; a
 * request that meets a 401 meanwhile waits for that refresh and is sent again with its
 * token. The change stands even when the refresh fails.
 *
 * @example
 * await changePassword(client, { currentPassword, newPassword });
 */
export async function changePassword(
  client: ProfileClient,
  change: PasswordChange,
  options?: RequestOptions,
): Promise<void> {
  await post(client, passwordChangePath, passwordChangeSchema, change, options);
  // Never rejects; not awaited on purpose (see above).
  void client.refreshSession(options);
}
