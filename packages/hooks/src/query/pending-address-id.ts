import { ProfileKitError } from '../client/profile-kit-error.js';

const pendingPrefix = 'pending:';
let pendingCount = 0;

/** A temporary id for an address being added, unique in this page. */
export function nextPendingAddressId(): string {
  pendingCount += 1;
  return `${pendingPrefix}${pendingCount}`;
}

/**
 * Whether `id` is the temporary id of an address still being added (it is swapped for the
 * API's id once the POST answers): a UI shows such an address as saving, with no edit.
 */
export function isPendingAddressId(id: string | undefined): boolean {
  return id?.startsWith(pendingPrefix) ?? false;
}

/** Refuses a change to an address the API has not given an id yet: there is nothing to address. */
export function refusePendingAddressId(id: string): void {
  if (isPendingAddressId(id)) {
    throw new ProfileKitError('invalid-input', 'This address is still being added.', {
      fieldErrors: [{ field: 'addressId', message: 'This address is still being added.' }],
    });
  }
}
