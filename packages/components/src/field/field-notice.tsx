'use client';
import { type ComponentPropsWithRef, forwardRef, useEffect } from 'react';
import { useFieldContext } from './field-context.js';
import { slotProps } from './slot-props.js';

export type FieldNoticeProps = ComponentPropsWithRef<'p'>;

/**
 * A remark about the stored value that does not block saving — "The saved value EURO is
 * not a valid currency. Choose one." Named in the control's `aria-describedby` while it
 * is rendered. Renders a `p` (`.pk-field-notice`, `data-slot="field-notice"`).
 *
 * @example
 * ```tsx
 * <FieldNotice>The saved value EURO is not a valid currency. Choose one.</FieldNotice>
 * ```
 */
export const FieldNotice = forwardRef<HTMLParagraphElement, FieldNoticeProps>(function FieldNotice(
  { className, ...props },
  ref,
) {
  const field = useFieldContext('FieldNotice');
  const { registerPart } = field;
  // An effect, not a layout one: see FieldDescription.
  useEffect(() => registerPart?.('notice'), [registerPart]);
  return (
    <p
      {...props}
      ref={ref}
      id={`${field.id}notice`}
      {...slotProps('field-notice', undefined, className)}
    />
  );
});
