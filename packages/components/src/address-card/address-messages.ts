/**
 * The English texts of the address components (`AddressCard`), apart from the profile's
 * `ProfileKitMessages` so a page without addresses ships none of them. `{name}`
 * placeholders are filled in at render time; every other language has exactly these keys.
 */
export const enAddressMessages = {
  addressUntitled: 'Address',
  addressDefault: 'Default address',
  addressSaving: 'Saving…',
  addressPhone: 'Phone',
  addressTags: 'Used for',
  addressTagBilling: 'Billing',
  addressTagShipping: 'Shipping',
  addressEdit: 'Edit',
  addressRemove: 'Remove',
  addressSetDefault: 'Make default',
  /**
   * The accessible name of each button, which is short on screen: `{action}` is its visible
   * text (which must come first, WCAG 2.5.3), `{name}` the contact name.
   */
  addressActionLabel: '{action}: address of {name}',
};

/** Every text the address components show, by key. Override any of them with `messages`. */
export type AddressMessages = { readonly [Key in keyof typeof enAddressMessages]: string };
