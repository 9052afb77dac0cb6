import { updateAddress } from '../client/address-requests.js';
import { errorFromZod } from '../client/error-from-zod.js';
import { isProfileKitError } from '../client/profile-kit-error.js';
import { type AddressPatch, addressPatchSchema } from '../schema/address-draft-schema.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { retag } from '../schema/retag.js';
import {
  type AddressBookCacheInput,
  addressBookCache,
  isUnknownOutcome,
} from './address-book-cache.js';
import { addressListQueryOptions } from './address-query-options.js';
import { refusePendingAddressId } from './pending-address-id.js';

export interface SaveAddressChangesInput extends AddressBookCacheInput {
  id: string;
  patch: AddressPatch;
}

/**
 * One update: validate (nothing sent for an invalid patch), show the change at once in the
 * cached list and address — with `isDefault: true`, every other address shown as not the
 * default, so two defaults are never on screen — PATCH only the fields given, then read
 * again: the API answers no body, and it does not say whether it cleared the old default.
 * With `isDefault: true` the list is read at once, and any other address the API still
 * has as default is updated to `isDefault: false`. On failure everything is rolled back;
 * a `not-found` address also leaves the cache. Resolves with the address as read after.
 */
export async function saveAddressChanges({
  id,
  patch,
  ...input
}: SaveAddressChangesInput): Promise<CustomerAddress | undefined> {
  refusePendingAddressId(id);
  const checked = addressPatchSchema.safeParse(patch);
  if (!checked.success) throw errorFromZod('invalid-input', checked.error);
  const cache = addressBookCache(input);
  const options = { signal: cache.signal, session: input.session };
  cache.stopIfReplaced();
  const { metadata: _lock, ...fields } = checked.data;
  const snapshot = await cache.hold();
  cache.mapAddress(id, (address) => ({
    ...address,
    ...fields,
    ...(fields.tags && { tags: retag(fields.tags) }),
  }));
  if (fields.isDefault === true) {
    cache.mapList((list) => list.map((address) => ({ ...address, isDefault: address.id === id })));
  }
  try {
    await updateAddress(input.client, id, checked.data, options);
  } catch (error) {
    if (!cache.signal.aborted) {
      cache.restore(snapshot);
      if (isProfileKitError(error, 'not-found')) {
        cache.forget(id);
        void cache.profileChanged();
      } else if (isUnknownOutcome(error)) void cache.refresh();
    }
    throw error;
  }
  if (cache.signal.aborted) return undefined;
  void cache.profileChanged();
  if (fields.isDefault !== true) {
    await cache.refresh();
    return cache.list()?.find((address) => address.id === id);
  }
  const read = { ...addressListQueryOptions(input), retry: false, staleTime: 0 } as const;
  let list = await input.queryClient.fetchQuery(read).catch(() => undefined);
  // The contract does not say the API clears the old default: where it has not, the kit does.
  const others = list?.filter((address) => address.isDefault && address.id !== id) ?? [];
  if (others.length > 0) {
    // The default is set; a failure to clear another one must not report it as failed.
    await Promise.all(
      others.map((other) =>
        other.id
          ? updateAddress(input.client, other.id, { isDefault: false }, options).catch(() => {})
          : undefined,
      ),
    );
    list = await input.queryClient.fetchQuery(read).catch(() => undefined);
    // Should the API still hold another default, the customer's choice is the one shown.
    cache.mapList((cached) =>
      cached.map((address) => ({ ...address, isDefault: address.id === id })),
    );
  }
  void cache.refreshSingles();
  return list?.find((address) => address.id === id);
}
