'use client';
import { useController } from 'react-hook-form';
import type { AddressMessages } from '../address-card/address-messages.js';
import { slotProps } from '../field/slot-props.js';
import { shownFields } from './address-form-resolver.js';
import type { AddressFormClassNames } from './address-form-slot.js';
import type { AddressFormField } from './address-form-values.js';
import { type AddressFormControl, AddressTextField } from './address-text-field.js';
import { countryRule } from './country-rules.js';
import type { AddressCountries } from './use-address-countries.js';

// What browsers and password managers fill each field with (HTML autofill tokens).
const autoComplete: Partial<Record<AddressFormField, string>> = {
  contactName: 'name',
  companyName: 'organization',
  country: 'country',
  street: 'address-line1',
  streetAppendix: 'address-line2',
  zipCode: 'postal-code',
  city: 'address-level2',
  state: 'address-level1',
  contactPhone: 'tel',
};

export interface AddressFormFieldsProps {
  control: AddressFormControl;
  country: string;
  /** Fields the country does not use, shown because the API refused them. */
  revealed: readonly AddressFormField[];
  countries: AddressCountries;
  text: AddressMessages;
  classNames: AddressFormClassNames | undefined;
}

function TagBox({
  name,
  control,
  label,
}: {
  name: 'billing' | 'shipping';
  control: AddressFormControl;
  label: string;
}) {
  const { field } = useController({ name, control });
  const { value, ...rest } = field;
  return (
    <label>
      <input
        type="checkbox"
        {...rest}
        checked={value}
        onChange={(event) => field.onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/**
 * The fields in the order the chosen country writes an address (JP: postal code first),
 * with its names for them (ZIP code, Postcode, Prefecture) and its required ones; the
 * billing and shipping tags as check boxes.
 */
export function AddressFormFields({
  control,
  country,
  revealed,
  countries,
  text,
  classNames,
}: AddressFormFieldsProps) {
  const rule = countryRule(country.trim());
  // A picker has no empty choice: the country is never missing there.
  const required = new Set<AddressFormField>(['contactName', ...rule.required]);
  if (countries.options) required.add('country');
  const label = (field: AddressFormField) => {
    const base = `addressLabel${field.charAt(0).toUpperCase()}${field.slice(1)}`;
    const named = rule.names?.[field as keyof NonNullable<typeof rule.names>];
    return (
      text[`${base}${named ?? ''}` as keyof AddressMessages] ?? text[base as keyof AddressMessages]
    );
  };
  return (
    <div {...slotProps('form-fields', classNames)}>
      {shownFields(country.trim(), revealed).map((field) => (
        <AddressTextField
          key={field}
          name={field}
          control={control}
          label={label(field)}
          optional={required.has(field) ? undefined : text.addressOptional}
          autoComplete={autoComplete[field]}
          options={field === 'country' ? countries.options : undefined}
          description={
            field === 'country' && !countries.options ? text.addressCountryDescription : undefined
          }
        />
      ))}
      <fieldset {...slotProps('address-form-tags', classNames)}>
        <legend>{text.addressLabelTags}</legend>
        <TagBox name="billing" control={control} label={text.addressTagBilling} />
        <TagBox name="shipping" control={control} label={text.addressTagShipping} />
      </fieldset>
    </div>
  );
}
