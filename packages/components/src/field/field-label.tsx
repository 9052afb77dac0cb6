'use client';
import type { ComponentPropsWithRef } from 'react';
import { useFieldContext } from './field-context.js';
import { slotProps } from './slot-props.js';

export type FieldLabelProps = ComponentPropsWithRef<'label'>;

/**
 * The visible name of the enclosing `Field`'s control. Renders a `label` tied to the
 * control (`.pk-field-label`, `data-slot="field-label"`).
 *
 * @example
 * ```tsx
 * <FieldLabel>Email</FieldLabel>
 * ```
 */
export function FieldLabel({ className, ...props }: FieldLabelProps) {
  const field = useFieldContext('FieldLabel');
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor names the control through the Field's ids.
    <label
      {...props}
      id={`${field.id}label`}
      htmlFor={`${field.id}control`}
      {...slotProps('field-label', undefined, className)}
      data-invalid={field.invalid ? '' : undefined}
    />
  );
}
