'use client';
import { useFieldContext } from './field-context.js';
import { joinTokens } from './join-tokens.js';
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
    id: `${field.id}control`,
    // The field's own describing ids first, then any the host adds.
    'aria-describedby': joinTokens(field.describedBy, hostDescribedBy) || undefined,
    'aria-invalid': field.invalid || undefined,
    ...slotProps('field-control', undefined, className),
    'data-invalid': field.invalid ? '' : undefined,
  } as const;
}
