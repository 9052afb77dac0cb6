'use client';
import type { ReactNode } from 'react';
import { type Control, useController } from 'react-hook-form';
import { Field } from '../field/field.js';
import { FieldDescription } from '../field/field-description.js';
import { FieldError } from '../field/field-error.js';
import { FieldInput } from '../field/field-input.js';
import { FieldLabel } from '../field/field-label.js';
import { FieldSelect } from '../field/field-select.js';
import type { AddressFormContext, AddressSubmission } from './address-form-resolver.js';
import type { AddressFormField, AddressFormValues } from './address-form-values.js';

export type AddressFormControl = Control<AddressFormValues, AddressFormContext, AddressSubmission>;

export interface AddressTextFieldProps {
  name: AddressFormField;
  control: AddressFormControl;
  label: string;
  /** Shown after the label of a field that may stay empty; hidden from screen readers, which hear `aria-required` on the others. */
  optional?: string | undefined;
  autoComplete?: string | undefined;
  description?: string | undefined;
  /** A picker's options, by code; without them the field is a text box. */
  options?: ReadonlyArray<{ value: string; label: string }> | undefined;
}

/**
 * One field of the address form: label, control, description and error wired by the
 * `Field` parts, `aria-required` on a required one. Its value lives in react-hook-form, so
 * it survives every failed save.
 */
export function AddressTextField({
  name,
  control,
  label,
  optional,
  autoComplete,
  description,
  options,
}: AddressTextFieldProps) {
  const { field, fieldState } = useController({ name, control });
  const error = fieldState.error?.message;
  const shared = {
    ...field,
    autoComplete,
    'aria-required': optional === undefined || undefined,
  };
  let input: ReactNode;
  if (options) {
    input = (
      <FieldSelect {...shared}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </FieldSelect>
    );
  } else {
    input = <FieldInput {...shared} type={name === 'contactPhone' ? 'tel' : 'text'} />;
  }
  return (
    <Field invalid={error !== undefined} parts={{ description: description !== undefined }}>
      <FieldLabel>
        {label}
        {optional && (
          <span aria-hidden="true" className="pk-address-optional">{` (${optional})`}</span>
        )}
      </FieldLabel>
      {description && <FieldDescription>{description}</FieldDescription>}
      {input}
      {error !== undefined && <FieldError>{error}</FieldError>}
    </Field>
  );
}
