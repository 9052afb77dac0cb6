import {
  type AddressRequest,
  changeTags,
  createAddress,
  deleteAddress,
  getAddress,
  listAddresses,
  patchAddress,
} from './address-operations.js';
import {
  authorizeRequest,
  forbidden,
  methodNotAllowed,
  type ProfileRequestContext,
} from './authorize-request.js';
import { toRecordedRequest } from './to-recorded-request.js';
import { withoutBody } from './without-body.js';

/** The three address paths: `/me/addresses`, `/{addressId}` and `/{addressId}/tags`. */
export type AddressRoute = 'list' | 'item' | 'tags';

// The contract's methods per path, plus HEAD wherever there is a GET (RFC 9110 §9.3.2).
const allowedMethods: Record<AddressRoute, ReadonlySet<string>> = {
  list: new Set(['GET', 'HEAD', 'POST']),
  item: new Set(['GET', 'HEAD', 'PATCH', 'DELETE']),
  tags: new Set(['POST', 'DELETE']),
};

function operate(route: AddressRoute, method: string, request: AddressRequest): Response {
  if (route === 'tags') return changeTags(request, method === 'POST');
  if (route === 'list') return method === 'POST' ? createAddress(request) : listAddresses(request);
  if (method === 'PATCH') return patchAddress(request);
  return method === 'DELETE' ? deleteAddress(request) : getAddress(request);
}

/** Which address path a request is on, with the path parameters msw matched. */
export interface AddressTarget {
  route: AddressRoute;
  tenant: string;
  addressId: string;
}

/**
 * Answers any request on the address paths like `handleProfileRequest` does on `/me`:
 * record, method (405), faults, bearer (401), tenant (400), then — for a customer token
 * only, as every address operation needs one (403 for an anonymous token) — the operation.
 *
 * @example
 * ```ts
 * http.all(path, ({ request, params }) =>
 *   handleAddressRequest(context, request, { route: 'item', tenant, addressId }),
 * );
 * ```
 */
export async function handleAddressRequest(
  context: ProfileRequestContext,
  request: Request,
  { route, tenant, addressId }: AddressTarget,
): Promise<Response> {
  const method = request.method.toUpperCase();
  const bodyText = request.body === null ? '' : await request.clone().text();
  context.log.push(toRecordedRequest(request, bodyText));
  const allowed = allowedMethods[route];
  if (!allowed.has(method)) {
    return methodNotAllowed(method, allowed);
  }
  const authorized = await authorizeRequest(context, request, method, tenant);
  if (authorized instanceof Response) {
    return authorized;
  }
  if (authorized.found.anonymous) {
    return forbidden();
  }
  const response = operate(route, method, {
    state: context.state,
    token: authorized.token,
    stored: authorized.found.profile,
    addressId,
    url: new URL(request.url),
    contentType: request.headers.get('Content-Type'),
    bodyText,
  });
  return method === 'HEAD' ? withoutBody(response) : response;
}
