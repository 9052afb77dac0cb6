import { addAddress } from '../client/address-requests.js';
import { errorFromZod } from '../client/error-from-zod.js';
import type { AddressDraft } from '../schema/address-draft-schema.js';
import { addressDraftSchema } from '../schema/address-draft-schema.js';
import type { CustomerAddress } from '../schema/customer-profile-schema.js';
import { retag } from '../schema/retag.js';
import {
  type AddressBookCacheInput,
  addressBookCache,
  isUnknownOutcome,
} from './address-book-cache.js';
import { nextPendingAddressId } from './pending-address-id.js';

export interface SaveNewAddressInput extends AddressBookCacheInput {
  draft: AddressDraft;
}

/**
 * One add: validate (nothing sent for an invalid draft), show the address at once in a
 * cached list under a temporary id, POST, then swap in the id the API answered — the list
 * needs no second GET. On failure the temporary entry goes; without an answer (network,
 * timeout) or after a 5xx the address may have been stored all the same, so the list reads
 * again. Resolves with the address as cached, with its real id.
 */
export async function saveNewAddress({
  draft,
  ...input
}: SaveNewAddressInput): Promise<CustomerAddress> {
  const checked = addressDraftSchema.safeParse(draft);
  if (!checked.success) throw errorFromZod('invalid-input', checked.error);
  const cache = addressBookCache(input);
  cache.stopIfReplaced();
  const pendingId = nextPendingAddressId();
  const { metadata: _links, ...fields } = checked.data;
  const pending: CustomerAddress = {
    ...fields,
    id: pendingId,
    isDefault: false,
    ...(fields.tags && { tags: retag(fields.tags) }),
  };
  const snapshot = await cache.hold();
  cache.mapList((list) => [...list, pending]);
  let id: string;
  try {
    id = await addAddress(input.client, checked.data, {
      signal: cache.signal,
      session: input.session,
    });
  } catch (error) {
    if (!cache.signal.aborted) {
      cache.restore(snapshot);
      if (isUnknownOutcome(error)) void cache.refresh();
    }
    throw error;
  }
  const added = { ...pending, id };
  if (cache.signal.aborted) return added;
  if (cache.list()?.some((address) => address.id === pendingId)) {
    cache.mapAddress(pendingId, () => added);
  } else {
    // A read replaced the list meanwhile: it may or may not have the new address yet.
    void cache.refresh();
  }
  void cache.profileChanged();
  return added;
}
