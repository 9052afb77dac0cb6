import type { AddressBodyKind } from '../contract/address-fields.js';
import { normalizeDataFields } from '../contract/check-data-field.js';
import { errorMessage } from '../contract/error-message.js';
import { parseTagsQuery } from '../contract/tag-list.js';
import { validateAddress } from '../contract/validate-address.js';
import type { MockAddress, MockCustomer } from '../fixtures/mock-customer.js';
import {
  type AddressBody,
  newAddress,
  retagged,
  updatedAddress,
  withDefault,
} from '../store/address-book.js';
import type { MockState } from '../store/mock-state.js';
import { jsonResponse } from './json-response.js';
import { readJsonObject } from './read-json-object.js';

/** An authenticated, tenant-checked address request of a customer (not anonymous) token. */
export interface AddressRequest {
  state: MockState;
  token: string;
  stored: MockCustomer;
  /** The `{addressId}` of the path; `''` on `/addresses` itself. */
  addressId: string;
  url: URL;
  contentType: string | null;
  bodyText: string;
}

const noContent = (): Response => new Response(null, { status: 204 });

function validationFailure(details: ReturnType<typeof validateAddress>): Response {
  return jsonResponse(errorMessage(400, 'validation_failure', 'Validation failed.', details), 400);
}

// The contract's 404_address example.
function notFound({ addressId, stored }: AddressRequest): Response {
  return jsonResponse(
    errorMessage(
      404,
      'resource_not_found',
      `Address ${addressId} of customer ${stored.customerNumber} not found.`,
    ),
    404,
  );
}

function findAddress(request: AddressRequest): MockAddress | undefined {
  return request.stored.addresses?.find((address) => address.id === request.addressId);
}

// The validated body, with `contactPhone` as the phone rule stores it; or the refusal.
function readAddressBody(request: AddressRequest, kind: AddressBodyKind): AddressBody | Response {
  const body = readJsonObject(request.contentType, request.bodyText);
  if (body instanceof Response) return body;
  const details = validateAddress(body, kind);
  return details.length > 0 ? validationFailure(details) : normalizeDataFields(body);
}

/** `GET /me/addresses`: 200 with every stored address (AddressDto[]). */
export function listAddresses({ stored }: AddressRequest): Response {
  return jsonResponse(stored.addresses ?? [], 200);
}

/** `GET /me/addresses/{addressId}`: 200 with the address, or 404. */
export function getAddress(request: AddressRequest): Response {
  const address = findAddress(request);
  return address === undefined ? notFound(request) : jsonResponse(address, 200);
}

/** `POST /me/addresses`: 201 with `ResourceLocation` (`{ id }`) for a valid AddressCreateDto. */
export function createAddress(request: AddressRequest): Response {
  const body = readAddressBody(request, 'create');
  if (body instanceof Response) return body;
  const id = request.state.nextAddressId();
  request.state.writeAddresses(request.token, (addresses) => [...addresses, newAddress(body, id)]);
  return jsonResponse({ id }, 201);
}

/**
 * `PATCH /me/addresses/{addressId}`: 200, no body, for a valid AddressUpdateDto. With
 * `isDefault: true` every other address stops being the default (the mock's choice).
 */
export function patchAddress(request: AddressRequest): Response {
  if (findAddress(request) === undefined) return notFound(request);
  const body = readAddressBody(request, 'update');
  if (body instanceof Response) return body;
  const { addressId } = request;
  request.state.writeAddresses(request.token, (addresses) => {
    const next = addresses.map((address) =>
      address.id === addressId ? updatedAddress(address, body) : address,
    );
    if (body.isDefault === true) return withDefault(next, addressId);
    return body.isDefault === false
      ? next.map((address) =>
          address.id === addressId ? { ...address, isDefault: false } : address,
        )
      : next;
  });
  return new Response(null, { status: 200 });
}

/** `DELETE /me/addresses/{addressId}`: 204, or 404. */
export function deleteAddress(request: AddressRequest): Response {
  if (findAddress(request) === undefined) return notFound(request);
  request.state.writeAddresses(request.token, (addresses) =>
    addresses.filter((address) => address.id !== request.addressId),
  );
  return noContent();
}

/** `POST` (`add`) or `DELETE /me/addresses/{addressId}/tags?tags=A,B`: 204, 400 or 404. */
export function changeTags(request: AddressRequest, add: boolean): Response {
  if (findAddress(request) === undefined) return notFound(request);
  const parsed = parseTagsQuery(request.url.searchParams);
  if ('details' in parsed) return validationFailure(parsed.details);
  request.state.writeAddresses(request.token, (addresses) =>
    addresses.map((address) =>
      address.id === request.addressId ? retagged(address, parsed.tags, add) : address,
    ),
  );
  return noContent();
}
