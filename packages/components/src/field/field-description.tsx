'use client';
import { type ComponentPropsWithRef, forwardRef, useEffect } from 'react';
import { useFieldContext } from './field-context.js';
import { slotProps } from './slot-props.js';

export type FieldDescriptionProps = ComponentPropsWithRef<'p'>;

/**
 * A hint for the enclosing `Field`, named in the control's `aria-describedby` while it
 * is rendered. Renders a `p` (`.pk-field-description`, `data-slot="field-description"`).
 *
 * @example
 * ```tsx
 * <FieldDescription>A three-letter code, like EUR.</FieldDescription>
 * ```
 */
export const FieldDescription = forwardRef<HTMLParagraphElement, FieldDescriptionProps>(
  function FieldDescription({ className, ...props }, ref) {
    const field = useFieldContext('FieldDescription');
    const { registerPart } = field;
    // An effect, not a layout one: it changes only an ARIA attribute, which nothing paints,
    // and React 18 warns in a server's log for every layout effect it meets.
    useEffect(() => registerPart?.('description'), [registerPart]);
    return (
      <p
        {...props}
        ref={ref}
        id={`${field.id}description`}
        {...slotProps('field-description', undefined, className)}
      />
    );
  },
);
