import { errorMessage } from '../contract/error-message.js';
import { isValidTenant } from '../contract/is-valid-tenant.js';
import { jsonResponse } from './json-response.js';

/**
 * Whether a mock serving `served` answers a request for the path tenant `tenant`: it must
 * match the contract's rule and be that tenant.
 *
 * @example
 * ```ts
 * if (!servesTenant(context.tenant, tenant)) return invalidTenantResponse();
 * ```
 */
export function servesTenant(served: string, tenant: string): boolean {
  return isValidTenant(tenant) && tenant === served;
}

/** The contracts' `400` for a tenant that is not valid (both contracts share the body). */
export function invalidTenantResponse(): Response {
  return jsonResponse(
    errorMessage(
      400,
      'bad_request',
      'The tenant information provided with the request is not valid.',
    ),
    400,
  );
}
