'use client';
import { type ComponentPropsWithRef, useCallback, useId, useMemo, useState } from 'react';
import { FieldContext, type FieldDescribingPart } from './field-context.js';
import { mergeClassNames } from './merge-class-names.js';

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
 * <Field invalid={Boolean(error)}>
 *   <FieldLabel>Loyalty card</FieldLabel>
 *   <FieldDescription>The number on the back of your card.</FieldDescription>
 *   <FieldInput {...register('loyaltyCard')} />
 *   {error && <FieldError>{error.message}</FieldError>}
 * </Field>
 */
export function Field({ invalid = false, className, children, ...props }: FieldProps) {
  const id = useId();
  const [parts, setParts] = useState<ReadonlySet<FieldDescribingPart>>(() => new Set());

  const registerPart = useCallback((part: FieldDescribingPart) => {
    setParts((current) => (current.has(part) ? current : new Set(current).add(part)));
    return () =>
      setParts((current) => {
        const next = new Set(current);
        next.delete(part);
        return next;
      });
  }, []);

  const value = useMemo(() => {
    const ids = {
      controlId: `${id}control`,
      labelId: `${id}label`,
      descriptionId: `${id}description`,
      noticeId: `${id}notice`,
      errorId: `${id}error`,
    };
    const describedBy = [
      parts.has('description') && ids.descriptionId,
      parts.has('notice') && ids.noticeId,
      invalid && ids.errorId,
    ]
      .filter(Boolean)
      .join(' ');
    return { ...ids, invalid, describedBy: describedBy || undefined, registerPart };
  }, [id, parts, invalid, registerPart]);

  return (
    <FieldContext value={value}>
      <div
        {...props}
        className={mergeClassNames('pk-field', className)}
        data-slot="field"
        data-invalid={invalid ? '' : undefined}
      >
        {children}
      </div>
    </FieldContext>
  );
}
