'use client';
import { type ComponentPropsWithRef, forwardRef } from 'react';
import { useFieldControlProps } from './use-field-control-props.js';

export type FieldSelectProps = ComponentPropsWithRef<'select'>;

/**
 * The picker of the enclosing `Field`: a native `select`, so it is keyboard friendly
 * everywhere (arrow keys, type-ahead). Gets the field's id, its `aria-describedby` and,
 * only while invalid, `aria-invalid`. Renders a `select` (`.pk-field-control`,
 * `data-slot="field-control"`).
 *
 * @example
 * ```tsx
 * <FieldSelect {...register('preferredSite')}>
 *   <option value="main">Main shop</option>
 * </FieldSelect>
 * ```
 */
export const FieldSelect = forwardRef<HTMLSelectElement, FieldSelectProps>(function FieldSelect(
  { className, 'aria-describedby': hostDescribedBy, ...props },
  ref,
) {
  return (
    <select
      {...props}
      ref={ref}
      {...useFieldControlProps('FieldSelect', className, hostDescribedBy)}
    />
  );
});
