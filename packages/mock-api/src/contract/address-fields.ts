// The field lists of the contract's AddressCreateDto and AddressUpdateDto.

/** The string properties both DTOs share (AddressCreateDto). */
export const addressTextFields: ReadonlySet<string> = new Set([
  'contactName',
  'companyName',
  'street',
  'streetNumber',
  'streetAppendix',
  'extraLine1',
  'extraLine2',
  'extraLine3',
  'extraLine4',
  'zipCode',
  'city',
  'country',
  'state',
  'contactPhone',
]);

/**
 * What a request body is checked as: `create` is AddressCreateDto (POST), `update` is
 * AddressUpdateDto (PATCH), which adds `isDefault` and `metadata.version`.
 */
export type AddressBodyKind = 'create' | 'update';
