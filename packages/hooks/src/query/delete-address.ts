import { removeAddress } from '../client/address-requests.js';
import { isProfileKitError } from '../client/profile-kit-error.js';
import {
  type AddressBookCacheInput,
  addressBookCache,
  isUnknownOutcome,
} from './address-book-cache.js';
import { refusePendingAddressId } from './pending-address-id.js';

export interface DeleteAddressInput extends AddressBookCacheInput {
  id: string;
}

/**
 * One removal: the address leaves the cached list at once, then the DELETE. A `not-found`
 * answer means it is gone already (removed elsewhere): it stays out of the cache, and the
 * typed error is still reported. Any other failure puts it back; without an answer or after
 * a 5xx it may be deleted all the same, so the list reads again.
 */
export async function deleteAddress({ id, ...input }: DeleteAddressInput): Promise<void> {
  refusePendingAddressId(id);
  const cache = addressBookCache(input);
  cache.stopIfReplaced();
  const snapshot = await cache.hold();
  cache.forget(id);
  try {
    await removeAddress(input.client, id, { signal: cache.signal, session: input.session });
  } catch (error) {
    if (!cache.signal.aborted) {
      if (isProfileKitError(error, 'not-found')) void cache.profileChanged();
      else {
        cache.restore(snapshot);
        if (isUnknownOutcome(error)) void cache.refresh();
      }
    }
    throw error;
  }
  if (!cache.signal.aborted) void cache.profileChanged();
}
