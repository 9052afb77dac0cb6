export {
  addAddress,
  addAddressTags,
  getAddress,
  listAddresses,
  removeAddress,
  removeAddressTags,
  updateAddress,
} from './client/address-requests.js';
export type {
  AddressListQueryKey,
  AddressQueryKey,
} from './query/address-query-keys.js';
export { addressQueryKeys } from './query/address-query-keys.js';
export type { AddressListQueryInput, AddressQueryInput } from './query/address-query-options.js';
export { addressListQueryOptions, addressQueryOptions } from './query/address-query-options.js';
export { isPendingAddressId } from './query/pending-address-id.js';
export type { AddressTagChange } from './query/save-address-tags.js';
export type { AddressMutationOptions } from './react/use-add-address.js';
export { useAddAddress } from './react/use-add-address.js';
export type { UseAddressOptions } from './react/use-address.js';
export { useAddress } from './react/use-address.js';
export { useAddressTags } from './react/use-address-tags.js';
export type { UseAddressesOptions } from './react/use-addresses.js';
export { useAddresses } from './react/use-addresses.js';
export { useRemoveAddress } from './react/use-remove-address.js';
export { useSetDefaultAddress } from './react/use-set-default-address.js';
export type { AddressUpdate } from './react/use-update-address.js';
export { useUpdateAddress } from './react/use-update-address.js';
export type { AddressDraft, AddressPatch, AddressTag } from './schema/address-draft-schema.js';
export {
  addressDraftSchema,
  addressPatchSchema,
  addressTagSchema,
} from './schema/address-draft-schema.js';
export type { CountryCode } from './schema/country-code-schema.js';
export { countryCodeSchema } from './schema/country-code-schema.js';
