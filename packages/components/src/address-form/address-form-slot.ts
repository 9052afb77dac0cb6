import type { ProfileStateSlot } from '../view/profile-state-slot.js';

/** The parts of `AddressForm`, by their `data-slot` (class `pk-<slot>`). */
export type AddressFormSlot =
  | 'address-form'
  | 'address-form-title'
  | 'address-form-body'
  | 'address-form-tags'
  | 'form-fields'
  | 'form-actions'
  | 'form-status'
  | 'form-alert'
  | ProfileStateSlot;

/** Extra class names for `AddressForm`'s parts, merged with the `pk-` ones. */
export type AddressFormClassNames = Partial<Record<AddressFormSlot, string>>;
