'use client';
import { type ComponentPropsWithRef, useCallback, useId, useMemo, useState } from 'react';
import { FieldContext, type FieldDescribingPart } from './field-context.js';
import { slotProps } from './slot-props.js';

export interface FieldProps extends ComponentPropsWithRef<'div'> {
  /**
   * Whether the value is invalid: sets `data-invalid` here, `aria-invalid` on the
   * control, and names the `FieldError` in the control's `aria-describedby` — so render a
   * `FieldError` whenever this is `true`.
   */
  invalid?: boolean;
}

/**
 * One form field: wires a label, a description, a notice and an error to one control
 * with `useId`-derived ids. The control's `aria-describedby` names only the parts that
 * are rendered, and `aria-invalid` is set only while `invalid`. Renders a `div`
 * (`.pk-field`, `data-slot="field"`, `data-invalid` while invalid).
 *
 * @example
 * ```tsx
 * <Field invalid={Boolean(error)}>
 *   <FieldLabel>Loyalty card</FieldLabel>
 *   <FieldDescription>The number on the back of your card.</FieldDescription>
 *   <FieldInput {...register('loyaltyCard')} />
 *   {error && <FieldError>{error.message}</FieldError>}
 * </Field>
 * ```
 */
export function Field({ invalid = false, className, children, ...props }: FieldProps) {
  const id = useId();
  const [parts, setParts] = useState<Partial<Record<FieldDescribingPart, boolean>>>({});

  const registerPart = useCallback((part: FieldDescribingPart) => {
    const mark = (rendered: boolean) =>
      setParts((current) =>
        current[part] === rendered ? current : { ...current, [part]: rendered },
      );
    mark(true);
    return () => mark(false);
  }, []);

  const value = useMemo(() => {
    const described = [
      parts.description && 'description',
      parts.notice && 'notice',
      invalid && 'error',
    ];
    return {
      controlId: `${id}control`,
      labelId: `${id}label`,
      descriptionId: `${id}description`,
      noticeId: `${id}notice`,
      errorId: `${id}error`,
      invalid,
      describedBy: described.flatMap((part) => (part ? `${id}${part}` : [])).join(' ') || undefined,
      registerPart,
    };
  }, [id, parts, invalid, registerPart]);

  return (
    <FieldContext value={value}>
      <div
        {...props}
        {...slotProps('field', undefined, className)}
        data-invalid={invalid ? '' : undefined}
      >
        {children}
      </div>
    </FieldContext>
  );
}
