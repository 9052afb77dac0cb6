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

  // AddressForm
  addressFormAdd: 'New address',
  addressFormEdit: 'Edit address',
  addressFormLoading: 'Loading the countries…',
  addressLabelContactName: 'Contact name',
  addressLabelCompanyName: 'Company',
  addressLabelCountry: 'Country',
  addressLabelStreet: 'Street',
  addressLabelStreetNumber: 'House number',
  addressLabelStreetAppendix: 'Apartment, suite, floor',
  addressLabelZipCode: 'Postal code',
  addressLabelZipCodeZip: 'ZIP code',
  addressLabelZipCodePostcode: 'Postcode',
  addressLabelCity: 'City',
  addressLabelCityTown: 'Town or city',
  addressLabelState: 'State or region',
  addressLabelStatePrefecture: 'Prefecture',
  addressLabelStateCounty: 'County',
  addressLabelContactPhone: 'Phone',
  addressLabelTags: 'Use this address for',
  addressCountryDescription: 'A two-letter country code, like DE.',
  addressOptional: 'optional',
  addressSave: 'Save address',
  addressAddSave: 'Add address',
  addressCancel: 'Cancel',
  addressSaved: 'The address has been saved.',
  addressErrorRequired: 'Fill in this field.',
  addressErrorContactName: 'Enter a contact name.',
  addressErrorCountry: 'Choose a country, or enter a two-letter code like DE.',
  addressErrorZipCode: 'Enter a postal code like {example}.',
  addressErrorPhone: 'Use digits, spaces and + ( ) - . / only, at least 5 digits.',
  addressErrorTooLong: 'Use at most {max} characters.',
  addressErrorInvalid: 'This value is not valid.',
  addressErrorFields: 'Some details were not accepted. Check the highlighted fields.',
  addressErrorUnplaced: 'The address was not accepted as it is. Please contact us.',
  addressErrorUnauthorized: 'Your session has expired. Sign in again; your changes are kept here.',
  addressSignInAgain: 'Sign in again',
  addressErrorForbidden: 'Sign in as a customer to change your addresses.',
  addressErrorNotFound: 'This address was removed elsewhere.',
  addressErrorNetwork: 'We could not reach the server. Your changes are kept; try again.',
  addressErrorOffline:
    'You are offline. Your changes are kept: save them once you are back online.',
  addressErrorTimeout: 'The server did not answer in time. Your changes are kept; try again.',
  addressErrorRateLimited: 'Too many attempts. Wait a moment, then try again.',
  addressErrorServer:
    'The address could not be saved right now. Your changes are kept; try again later.',

  // AddressBook
  addressBookTitle: 'Addresses',
  addressBookEmpty: 'You have no saved addresses yet.',
  addressBookAdd: 'Add an address',
  addressBookLoading: 'Loading your addresses…',
  addressBookLoadError: 'Your addresses could not be loaded right now.',
  addressBookLoadOffline: 'You are offline. Your addresses load as soon as you are back online.',
  addressBookRetry: 'Try again',
  addressBookAdded: 'The address of {name} has been added.',
  addressBookUpdated: 'The address of {name} has been saved.',
  addressBookRemoved: 'The address of {name} has been removed.',
  addressBookRestored: 'The address of {name} is back.',
  addressBookUndo: 'Undo',
  addressBookDefaultSet: 'The address of {name} is now your default address.',
  addressBookActionFailed: 'That did not work just now. Try again later.',
  addressBookOffline: 'You are offline. Try again once you are back online.',
  addressBookSessionExpired: 'Your session has expired. Sign in again to change your addresses.',
};

/** Every text the address components show, by key. Override any of them with `messages`. */
export type AddressMessages = { readonly [Key in keyof typeof enAddressMessages]: string };
