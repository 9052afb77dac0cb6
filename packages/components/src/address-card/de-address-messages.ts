import type { AddressMessages } from './address-messages.js';

/** German texts of the address components, for `messages` next to `locale="de-DE"`. */
export const deAddressMessages: AddressMessages = {
  addressUntitled: 'Adresse',
  addressDefault: 'Standardadresse',
  addressSaving: 'Wird gespeichert…',
  addressPhone: 'Telefon',
  addressTags: 'Verwendet für',
  addressTagBilling: 'Rechnung',
  addressTagShipping: 'Lieferung',
  addressEdit: 'Bearbeiten',
  addressRemove: 'Entfernen',
  addressSetDefault: 'Als Standard festlegen',
  addressActionLabel: '{action}: Adresse von {name}',
};
