import * as z from 'zod/mini';
import { addAddressTags, removeAddressTags } from '../client/address-requests.js';
import { errorFromZod } from '../client/error-from-zod.js';
import { isProfileKitError } from '../client/profile-kit-error.js';
import { addressTagSchema } from '../schema/address-draft-schema.js';
import { retag } from '../schema/retag.js';
import {
  type AddressBookCacheInput,
  addressBookCache,
  isUnknownOutcome,
} from './address-book-cache.js';
import { refusePendingAddressId } from './pending-address-id.js';

const tagChangeSchema = z.object({
  add: z.optional(z.array(addressTagSchema)),
  remove: z.optional(z.array(addressTagSchema)),
});

/** What changes the tags of one address: tags to add and tags to remove. */
export interface AddressTagChange {
  id: string;
  add?: readonly string[];
  remove?: readonly string[];
}

/**
 * One tag change: validate (nothing sent for a blank tag or one with a comma), show the
 * tags at once, `POST …/tags` for the added ones and `DELETE …/tags` for the removed ones,
 * then read the address book again. Rolled back on failure; a `not-found` address leaves
 * the cache.
 */
export async function saveAddressTags({
  id,
  add = [],
  remove = [],
  ...input
}: AddressTagChange & AddressBookCacheInput): Promise<void> {
  refusePendingAddressId(id);
  const checked = tagChangeSchema.safeParse({ add, remove });
  if (!checked.success) throw errorFromZod('invalid-input', checked.error);
  const { add: added = [], remove: removed = [] } = checked.data;
  const cache = addressBookCache(input);
  const options = { signal: cache.signal, session: input.session };
  cache.stopIfReplaced();
  const snapshot = await cache.hold();
  cache.mapAddress(id, (address) => ({
    ...address,
    tags: retag(address.tags ?? [], added, removed),
  }));
  try {
    if (added.length > 0) await addAddressTags(input.client, id, added, options);
    if (removed.length > 0) await removeAddressTags(input.client, id, removed, options);
  } catch (error) {
    if (!cache.signal.aborted) {
      cache.restore(snapshot);
      if (isProfileKitError(error, 'not-found')) cache.forget(id);
      // Either request may have been stored: read what the API has.
      if (isUnknownOutcome(error) || added.length * removed.length > 0) void cache.refresh();
      void cache.profileChanged();
    }
    throw error;
  }
  if (cache.signal.aborted) return;
  void cache.profileChanged();
  await cache.refresh();
}
