'use client';
import type { ComponentPropsWithRef } from 'react';
import { describeBy } from './describe-by.js';
import { useFieldContext } from './field-context.js';
import { mergeClassNames } from './merge-class-names.js';

export type FieldInputProps = ComponentPropsWithRef<'input'>;

/**
 * The text control of the enclosing `Field`: gets the field's id, its
 * `aria-describedby` and, only while invalid, `aria-invalid`. Spread react-hook-form's
 * `register(...)` onto it; the ref is passed through. Renders an `input`
 * (`.pk-field-control`, `data-slot="field-control"`).
 *
 * @example
 * <FieldInput type="email" autoComplete="email" {...register('contactEmail')} />
 */
export function FieldInput({
  className,
  'aria-describedby': hostDescribedBy,
  ...props
}: FieldInputProps) {
  const field = useFieldContext('FieldInput');
  return (
    <input
      {...props}
      id={field.controlId}
      aria-describedby={describeBy(field.describedBy, hostDescribedBy)}
      aria-invalid={field.invalid || undefined}
      className={mergeClassNames('pk-field-control', className)}
      data-slot="field-control"
      data-invalid={field.invalid ? '' : undefined}
    />
  );
}
