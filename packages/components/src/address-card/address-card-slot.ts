/** The parts of `AddressCard`, by their `data-slot` (class `pk-<slot>`). */
export type AddressCardSlot =
  | 'address-card'
  | 'address-title'
  | 'address-company'
  | 'address-lines'
  | 'address-phone'
  | 'address-badge'
  | 'address-tags'
  | 'address-tag'
  | 'address-actions'
  | 'button';

/** Extra class names for `AddressCard`'s parts, merged with the `pk-` ones. */
export type AddressCardClassNames = Partial<Record<AddressCardSlot, string>>;
