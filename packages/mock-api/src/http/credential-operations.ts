import { type ErrorDetail, errorMessage } from '../contract/error-message.js';
import type { CredentialBodyKind } from '../contract/validate-credentials.js';
import { validateCredentials } from '../contract/validate-credentials.js';
import type { MockCustomer } from '../fixtures/mock-customer.js';
import type { MockState } from '../store/mock-state.js';
import { jsonResponse } from './json-response.js';
import { readJsonObject } from './read-json-object.js';

/** An authenticated, tenant-checked request on a credential path. */
export interface CredentialRequest {
  state: MockState;
  token: string;
  stored: MockCustomer;
  contentType: string | null;
  bodyText: string;
}

const noContent = (): Response => new Response(null, { status: 204 });

/*
 * The contract has 400, 401 and 403 on these paths. A 401 is the gateway's (a bad bearer)
 * and a 403 is about scopes, so a wrong password or token is a 400 `ErrorMessage` whose
 * `details[].field` names the field that was wrong.
 */
function refused(type: string, message: string, details: ErrorDetail[]): Response {
  return jsonResponse(errorMessage(400, type, message, details), 400);
}

// The validated body: every string field of `kind` is there and not blank.
function readBody<T>(request: CredentialRequest, kind: CredentialBodyKind): T | Response {
  const body = readJsonObject(request.contentType, request.bodyText);
  if (body instanceof Response) return body;
  const details = validateCredentials(body, kind);
  return details.length > 0
    ? refused('validation_failure', 'Validation failed.', details)
    : (body as T);
}

const wrongPassword = (field: string) =>
  refused('invalid_password', 'The password is not correct.', [
    { field, type: 'invalid_value', message: 'Wrong password.' },
  ]);

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `POST …/me/accounts/internal/email/change`: 204 and a confirmation token, or 400. */
export function changeEmail(request: CredentialRequest): Response {
  const body = readBody<{
    email: string;
    password: string;
    newEmail: string;
    syncContactEmail?: boolean;
  }>(request, 'ChangeEmailRequestDto');
  if (body instanceof Response) return body;
  const { id, accounts = [] } = request.stored;
  const { email, password, newEmail } = body;
  if (!accounts.some((account) => account.id !== undefined && sameEmail(account.id, email))) {
    return refused('validation_failure', 'Validation failed.', [
      {
        field: 'email',
        type: 'invalid_value',
        message: 'Not the email this account signs in with.',
      },
    ]);
  }
  if (!request.state.credentials.passwordMatches(id, password)) return wrongPassword('password');
  if (sameEmail(email, newEmail)) {
    return refused('validation_failure', 'Validation failed.', [
      { field: 'newEmail', type: 'invalid_value', message: 'The same as the current email.' },
    ]);
  }
  request.state.credentials.requestEmailChange({
    customerId: id,
    customerToken: request.token,
    email,
    newEmail,
    syncContactEmail: body.syncContactEmail === true,
  });
  return noContent();
}

/** `POST …/me/accounts/internal/email/change/confirm` (anonymous token): 204, or 400 for the token. */
export function confirmEmailChange(request: CredentialRequest): Response {
  const body = readBody<{ token: string }>(request, 'UpdateEmail');
  if (body instanceof Response) return body;
  const { credentials } = request.state;
  const found = credentials.lookupEmailToken(body.token);
  if (found.kind === 'expired') {
    return refused('token_expired', 'The token has expired.', [
      { field: 'token', type: 'expired', message: 'The token has expired.' },
    ]);
  }
  if (found.kind === 'unknown') {
    return refused('invalid_token', 'The token is not valid.', [
      { field: 'token', type: 'invalid_value', message: 'The token is not valid.' },
    ]);
  }
  const { customerToken, email, newEmail, syncContactEmail } = found.change;
  credentials.consumeEmailToken(body.token);
  request.state.write(customerToken, (profile) => ({
    ...profile,
    accounts: (profile.accounts ?? []).map((account) =>
      account.id !== undefined && sameEmail(account.id, email)
        ? { ...account, id: newEmail }
        : account,
    ),
    ...(syncContactEmail && { contactEmail: newEmail }),
  }));
  return noContent();
}

/** `POST /customer/{tenant}/password/change`: 204 with the new password stored, or 400. */
export function changePassword(request: CredentialRequest): Response {
  const body = readBody<{ currentPassword: string; newPassword: string }>(
    request,
    'PasswordChangeDto',
  );
  if (body instanceof Response) return body;
  const { credentials } = request.state;
  if (!credentials.passwordMatches(request.stored.id, body.currentPassword)) {
    return wrongPassword('currentPassword');
  }
  credentials.setPassword(request.stored.id, body.newPassword);
  return noContent();
}
