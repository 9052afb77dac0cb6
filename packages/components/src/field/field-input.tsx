'use client';
import type { ComponentPropsWithRef } from 'react';
import { useFieldControlProps } from './use-field-control-props.js';

export type FieldInputProps = ComponentPropsWithRef<'input'>;

/**
 * The text control of the enclosing `Field`: gets the field's id, its
 * `aria-describedby` and, only while invalid, `aria-invalid`. Spread react-hook-form's
 * `register(...)` onto it; the ref is passed through. Renders an `input`
 * (`.pk-field-control`, `data-slot="field-control"`).
 *
 * @example
 * ```tsx
 * <FieldInput type="email" autoComplete="email" {...register('contactEmail')} />
 * ```
 */
export function FieldInput({
  className,
  'aria-describedby': hostDescribedBy,
  ...props
}: FieldInputProps) {
  return <input {...props} {...useFieldControlProps('FieldInput', className, hostDescribedBy)} />;
}
