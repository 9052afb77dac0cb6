import { authorizeRequest, forbidden, methodNotAllowed } from './authorize-request.js';
import {
  type CredentialRequest,
  changeEmail,
  changePassword,
  confirmEmailChange,
} from './credential-operations.js';
import type { ProfileRequestContext } from './handle-profile-request.js';
import { redactSecretFields } from './redact-secret-fields.js';
import { toRecordedRequest } from './to-recorded-request.js';

/** The three credential paths (see `credentialPaths`). */
export type CredentialRoute = 'emailChange' | 'emailConfirm' | 'passwordChange';

const onlyPost: ReadonlySet<string> = new Set(['POST']);

const operations: Record<CredentialRoute, (request: CredentialRequest) => Response> = {
  emailChange: changeEmail,
  emailConfirm: confirmEmailChange,
  passwordChange: changePassword,
};

/**
 * Answers a request on a credential path like the address paths: record (secrets
 * redacted), method (405 for
 * all but POST), faults, bearer (401), tenant (400), then the contract's security — the
 * confirm call takes an anonymous token (it comes from a mail link, often in a browser
 * nobody is signed in on), the two changes a customer token; the other kind gets 403.
 *
 * @example
 * ```ts
 * http.all(paths.passwordChange, ({ request, params }) =>
 *   handleCredentialRequest(context, request, 'passwordChange', tenant),
 * );
 * ```
 */
export async function handleCredentialRequest(
  context: ProfileRequestContext,
  request: Request,
  route: CredentialRoute,
  tenant: string,
): Promise<Response> {
  const method = request.method.toUpperCase();
  const bodyText = request.body === null ? '' : await request.clone().text();
  context.log.push(redactSecretFields(toRecordedRequest(request, bodyText)));
  if (!onlyPost.has(method)) {
    return methodNotAllowed(method, onlyPost);
  }
  const authorized = await authorizeRequest(context, request, method, tenant);
  if (authorized instanceof Response) {
    return authorized;
  }
  if (authorized.found.anonymous !== (route === 'emailConfirm')) {
    return forbidden();
  }
  return operations[route]({
    state: context.state,
    token: authorized.token,
    stored: authorized.found.profile,
    contentType: request.headers.get('Content-Type'),
    bodyText,
  });
}
