'use client';
import { type ComponentPropsWithRef, forwardRef } from 'react';
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
// forwardRef, not `ref` as a prop: React 18 keeps a prop named `ref` from components.
export const FieldInput = forwardRef<HTMLInputElement, FieldInputProps>(function FieldInput(
  { className, 'aria-describedby': hostDescribedBy, ...props },
  ref,
) {
  return (
    <input
      {...props}
      ref={ref}
      {...useFieldControlProps('FieldInput', className, hostDescribedBy)}
    />
  );
});
