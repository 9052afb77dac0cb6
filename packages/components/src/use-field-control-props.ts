'use client';
import { describeBy } from './describe-by.js';
import { useFieldContext } from './field-context.js';
import { slotProps } from './slot-props.js';

/**
 * What ties any control to its `Field`: the field's id, `aria-describedby` naming only
 * the rendered parts (plus the host's own), `aria-invalid` only while invalid, and the
 * control's stable class and slot.
 */
export function useFieldControlProps(
  part: string,
  className: string | undefined,
  hostDescribedBy: string | undefined,
) {
  const field = useFieldContext(part);
  return {
    id: field.controlId,
    'aria-describedby': describeBy(field.describedBy, hostDescribedBy),
    'aria-invalid': field.invalid || undefined,
    ...slotProps('field-control', undefined, className),
    'data-invalid': field.invalid ? '' : undefined,
  } as const;
}
