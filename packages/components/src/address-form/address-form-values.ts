import type { CustomerAddress } from '@profile-kit/hooks';
import type { AddressDraft, AddressPatch } from '@profile-kit/hooks/addresses';

/** The text fields the form edits, in no particular order; names as the contract's. */
export const addressFormFields = [
  'contactName',
  'companyName',
  'country',
  'street',
  'streetNumber',
  'streetAppendix',
  'zipCode',
  'city',
  'state',
  'contactPhone',
] as const satisfies readonly (keyof AddressDraft & keyof AddressPatch)[];

export type AddressFormField = (typeof addressFormFields)[number];

/** The form's values: every text field as typed, and the two tags as check boxes. */
export type AddressFormValues = Record<AddressFormField, string> & {
  billing: boolean;
  shipping: boolean;
};

export function isAddressFormField(field: string): field is AddressFormField {
  return (addressFormFields as readonly string[]).includes(field);
}

const hasTag = (address: CustomerAddress | undefined, tag: string) =>
  address?.tags?.some((value) => value.toUpperCase() === tag) ?? false;

/** The values the form starts from: the address's, or blanks and `country` for a new one. */
export function addressFormValues(
  address: CustomerAddress | undefined,
  country = '',
): AddressFormValues {
  const values = Object.fromEntries(
    addressFormFields.map((field) => [field, address ? (address[field] ?? '') : '']),
  ) as Record<AddressFormField, string>;
  if (!address) values.country = country;
  return { ...values, billing: hasTag(address, 'BILLING'), shipping: hasTag(address, 'SHIPPING') };
}

/** Other tags stay as they are; BILLING and SHIPPING follow the check boxes (any case). */
function tagsOf(values: AddressFormValues, address: CustomerAddress | undefined): string[] {
  const kept = (address?.tags ?? []).filter(
    (tag) => !['BILLING', 'SHIPPING'].includes(tag.toUpperCase()),
  );
  return [
    ...(values.billing ? ['BILLING'] : []),
    ...(values.shipping ? ['SHIPPING'] : []),
    ...kept,
  ];
}

// A country typed as `de` is meant as `DE`.
const clean = (field: AddressFormField, value: string) =>
  field === 'country' ? value.trim().toUpperCase() : value.trim();

/** A new address: every shown field filled in, and the tags checked. */
export function buildAddressDraft(
  values: AddressFormValues,
  shown: readonly AddressFormField[],
): AddressDraft {
  const draft: Record<string, unknown> = {};
  for (const field of shown) {
    const value = clean(field, values[field]);
    if (value !== '' || field === 'contactName') draft[field] = value;
  }
  const tags = tagsOf(values, undefined);
  return { ...(draft as AddressDraft), ...(tags.length > 0 && { tags }) };
}

/**
 * A change: only the shown fields that differ from where the form started (a cleared field
 * is `""`, the contract has no `null`), and `tags` only when a tag check box changed.
 */
export function buildAddressPatch(
  values: AddressFormValues,
  initial: AddressFormValues,
  shown: readonly AddressFormField[],
  address: CustomerAddress | undefined,
): AddressPatch {
  const patch: Record<string, unknown> = {};
  for (const field of shown) {
    const value = clean(field, values[field]);
    if (value !== clean(field, initial[field])) patch[field] = value;
  }
  if (values.billing !== initial.billing || values.shipping !== initial.shipping) {
    patch.tags = tagsOf(values, address);
  }
  return patch as AddressPatch;
}
