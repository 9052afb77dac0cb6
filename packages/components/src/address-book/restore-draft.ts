import type { CustomerAddress } from '@profile-kit/hooks';
import type { AddressDraft } from '@profile-kit/hooks/addresses';
import { addressFormFields } from '../address-form/address-form-values.js';

// Every field of AddressCreateDto an address can bring back (not id, isDefault, metadata):
// the form's fields, the extra lines the form leaves alone, and the tags.
const draftFields = [
  ...addressFormFields,
  'extraLine1',
  'extraLine2',
  'extraLine3',
  'extraLine4',
  'tags',
] as const satisfies readonly (keyof AddressDraft & keyof CustomerAddress)[];

/**
 * What undoing a removal adds again: the removed address's fields as a new draft. The API
 * has no undelete, so the address comes back under a new id.
 */
export function restoreDraft(address: CustomerAddress): AddressDraft {
  // `contactName` always: the contract requires it.
  const draft: Record<string, unknown> = { contactName: '' };
  for (const field of draftFields) {
    const value = address[field];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      draft[field] = value;
    }
  }
  return draft as AddressDraft;
}

/** Default first, then in the API's order; should the data hold two defaults, only the first is shown as one. */
export function defaultFirst(addresses: readonly CustomerAddress[]): CustomerAddress[] {
  const first = addresses.find((address) => address.isDefault);
  return [
    ...(first ? [first] : []),
    ...addresses
      .filter((address) => address !== first)
      .map((address) => (address.isDefault ? { ...address, isDefault: false } : address)),
  ];
}
