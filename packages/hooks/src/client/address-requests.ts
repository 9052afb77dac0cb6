import * as z from 'zod/mini';
import {
  type AddressDraft,
  type AddressPatch,
  addressDraftSchema,
  addressPatchSchema,
  addressTagSchema,
} from '../schema/address-draft-schema.js';
import { type CustomerAddress, customerAddressSchema } from '../schema/customer-profile-schema.js';
import type { ProfileClient } from './create-profile-client.js';
import type { RequestOptions } from './create-request-sender.js';
import { errorFromZod } from './error-from-zod.js';
import { ProfileKitError } from './profile-kit-error.js';

/**
 * The contract's `addressId` path parameter: a non-empty string, never `.` or `..` — those
 * pass `encodeURIComponent` and the URL parser resolves them, so the request would leave
 * `/me/addresses/…` and reach `/me` itself.
 */
const addressIdSchema = z.object({
  addressId: z.string().check(
    z.minLength(1, 'No address id.'),
    z.refine((id) => id !== '.' && id !== '..', 'Not an address id.'),
  ),
});
/** The contract's `tags` query: at least one tag. */
const tagsSchema = z.object({ tags: z.array(addressTagSchema).check(z.minLength(1, 'No tag.')) });
const resourceLocationSchema = z.object({ id: z.string().check(z.minLength(1)) });
const addressListSchema = z.array(customerAddressSchema);

function parsed<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw errorFromZod('invalid-input', result.error);
}

function answer<T extends z.ZodMiniType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ProfileKitError('invalid-response');
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

// The id is checked non-empty and encoded: it can never leave its path segment.
const addressPath = (addressId: string, suffix = '') => {
  const { addressId: id } = parsed(addressIdSchema, { addressId });
  return (tenant: string) => `/customer/${tenant}/me/addresses/${encodeURIComponent(id)}${suffix}`;
};

const listPath = (tenant: string) => `/customer/${tenant}/me/addresses`;

/**
 * The signed-in customer's addresses (`GET /customer/{tenant}/me/addresses`).
 *
 * @example
 * const addresses = await listAddresses(client);
 */
export async function listAddresses(
  client: ProfileClient,
  options?: RequestOptions,
): Promise<CustomerAddress[]> {
  return answer(addressListSchema, await client.request(listPath, {}, options));
}

/** One address (`GET …/me/addresses/{addressId}`); `not-found` for an unknown id. */
export async function getAddress(
  client: ProfileClient,
  addressId: string,
  options?: RequestOptions,
): Promise<CustomerAddress> {
  return answer(customerAddressSchema, await client.request(addressPath(addressId), {}, options));
}

/**
 * Adds an address (`POST …/me/addresses`) and resolves with its new id — the API answers
 * only `{ id }`. An invalid draft is an `invalid-input` error, and nothing is sent.
 *
 * @example
 * const id = await addAddress(client, { contactName: 'Anna Schmidt', country: 'DE' });
 */
export async function addAddress(
  client: ProfileClient,
  draft: AddressDraft,
  options?: RequestOptions,
): Promise<string> {
  const body = parsed(addressDraftSchema, draft);
  return answer(resourceLocationSchema, await client.request(listPath, json('POST', body), options))
    .id;
}

/**
 * Changes an address (`PATCH …/me/addresses/{addressId}`, AddressUpdateDto), sending only
 * the fields in `patch`. `isDefault: true` makes it the default address.
 */
export async function updateAddress(
  client: ProfileClient,
  addressId: string,
  patch: AddressPatch,
  options?: RequestOptions,
): Promise<void> {
  const path = addressPath(addressId);
  await client.request(path, json('PATCH', parsed(addressPatchSchema, patch)), options);
}

/** Deletes an address (`DELETE …/me/addresses/{addressId}`); `not-found` when it is gone. */
export async function removeAddress(
  client: ProfileClient,
  addressId: string,
  options?: RequestOptions,
): Promise<void> {
  await client.request(addressPath(addressId), { method: 'DELETE' }, options);
}

// `?tags=A,B`: each tag encoded, the commas between them kept as the separator.
function tagsPath(addressId: string, tags: readonly string[]) {
  const checked = parsed(tagsSchema, { tags }).tags;
  return addressPath(addressId, `/tags?tags=${checked.map(encodeURIComponent).join(',')}`);
}

/** Adds tags to an address (`POST …/{addressId}/tags?tags=A,B`); the API ignores case. */
export async function addAddressTags(
  client: ProfileClient,
  addressId: string,
  tags: readonly string[],
  options?: RequestOptions,
): Promise<void> {
  await client.request(tagsPath(addressId, tags), { method: 'POST' }, options);
}

/** Removes tags from an address (`DELETE …/{addressId}/tags?tags=A,B`); the API ignores case. */
export async function removeAddressTags(
  client: ProfileClient,
  addressId: string,
  tags: readonly string[],
  options?: RequestOptions,
): Promise<void> {
  await client.request(tagsPath(addressId, tags), { method: 'DELETE' }, options);
}
