'use client';
import { type ComponentPropsWithRef, forwardRef } from 'react';
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
export const FieldLabel = forwardRef<HTMLLabelElement, FieldLabelProps>(function FieldLabel(
  { className, ...props },
  ref,
) {
  const field = useFieldContext('FieldLabel');
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor names the control through the Field's ids.
    <label
      {...props}
      ref={ref}
      id={`${field.id}label`}
      htmlFor={`${field.id}control`}
      {...slotProps('field-label', undefined, className)}
      data-invalid={field.invalid ? '' : undefined}
    />
  );
});
