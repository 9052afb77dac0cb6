'use client';
import type { ComponentPropsWithRef } from 'react';
import { describeBy } from './describe-by.js';
import { useFieldContext } from './field-context.js';
import { mergeClassNames } from './merge-class-names.js';

export type FieldSelectProps = ComponentPropsWithRef<'select'>;

/**
 * The picker of the enclosing `Field`: a native `select`, so it is keyboard friendly
 * everywhere (arrow keys, type-ahead). Gets the field's id, its `aria-describedby` and,
 * only while invalid, `aria-invalid`. Renders a `select` (`.pk-field-control`,
 * `data-slot="field-control"`).
 *
 * @example
 * <FieldSelect {...register('preferredSite')}>
 *   <option value="main">Main shop</option>
 * </FieldSelect>
 */
export function FieldSelect({
  className,
  'aria-describedby': hostDescribedBy,
  ...props
}: FieldSelectProps) {
  const field = useFieldContext('FieldSelect');
  return (
    <select
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
