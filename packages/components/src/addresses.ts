export type { AddressCardProps } from './address-card/address-card.js';
export { AddressCard } from './address-card/address-card.js';
export type { AddressCardClassNames, AddressCardSlot } from './address-card/address-card-slot.js';
export { addressLines, countryName } from './address-card/address-lines.js';
export type { AddressMessages } from './address-card/address-messages.js';
export { enAddressMessages } from './address-card/address-messages.js';
export { deAddressMessages } from './address-card/de-address-messages.js';
