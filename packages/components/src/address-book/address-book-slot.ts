import type { AddressCardSlot } from '../address-card/address-card-slot.js';
import type { AddressFormSlot } from '../address-form/address-form-slot.js';

/** The parts of `AddressBook`, by their `data-slot` (class `pk-<slot>`), and those of its cards and forms. */
export type AddressBookSlot =
  | 'address-book'
  | 'address-book-title'
  | 'address-book-list'
  | 'address-book-item'
  | 'address-book-empty'
  | 'address-book-notice'
  | AddressCardSlot
  | AddressFormSlot;

/** Extra class names for `AddressBook`'s parts, merged with the `pk-` ones. */
export type AddressBookClassNames = Partial<Record<AddressBookSlot, string>>;
