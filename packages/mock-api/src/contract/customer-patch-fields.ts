// The field lists of the contract's CustomerPatchDto that validatePatch checks against.

// CustomerPatchDto's string properties.
const stringFields = [
  'title',
  'firstName',
  'middleName',
  'lastName',
  'contactEmail',
  'contactPhone',
  'company',
  'preferredLanguage',
  'preferredCurrency',
  'preferredSite',
] as const;

/** Customer properties that exist on the profile but are not in CustomerPatchDto. */
export const readOnlyFields: ReadonlySet<string> = new Set([
  'id',
  'customerNumber',
  'accounts',
  'addresses',
  'defaultAddress',
  'businessModel',
  'lastLogin',
]);

/**
 * Required by the contract when `b2b.companyRegistrationId` is sent. The hooks' schema has
 * the same list (the mock takes nothing from the hooks at run time); the B2B cases in
 * contracts/cases/patches.json, run by both packages, keep the two the same.
 */
export const b2bRequiredFields = ['firstName', 'lastName', 'company'] as const;

/** Whether `key` is one of CustomerPatchDto's string properties. */
export function isStringField(key: string): boolean {
  return (stringFields as readonly string[]).includes(key);
}
