'use client';
import { type ComponentPropsWithRef, forwardRef } from 'react';
import { useFieldContext } from './field-context.js';
import { slotProps } from './slot-props.js';

export type FieldErrorProps = ComponentPropsWithRef<'p'>;

/**
 * Why the enclosing `Field`'s value is invalid. Named in the control's
 * `aria-describedby` while the `Field` is `invalid`, so it renders then even without text
 * (an error with no message), and renders nothing when the field is valid and it has no
 * text. Renders a `p` (`.pk-field-error`, `data-slot="field-error"`).
 *
 * @example
 * ```tsx
 * {error && <FieldError>{error.message}</FieldError>}
 * ```
 */
export const FieldError = forwardRef<HTMLParagraphElement, FieldErrorProps>(function FieldError(
  { className, children, ...props },
  ref,
) {
  const field = useFieldContext('FieldError');
  if (!field.invalid && (children ?? '') === '') return null;
  return (
    <p
      {...props}
      ref={ref}
      id={`${field.id}error`}
      {...slotProps('field-error', undefined, className)}
    >
      {children}
    </p>
  );
});
