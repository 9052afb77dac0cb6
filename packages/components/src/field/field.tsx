'use client';
import { type ComponentPropsWithRef, forwardRef, useCallback, useId, useState } from 'react';
import {
  FieldContext,
  type FieldDescribingPart,
  type FieldDescribingParts,
} from './field-context.js';
import { joinTokens } from './join-tokens.js';
import { slotProps } from './slot-props.js';

export interface FieldProps extends ComponentPropsWithRef<'div'> {
  /**
   * Whether the value is invalid: sets `data-invalid` here, `aria-invalid` on the
   * control, and names the `FieldError` in the control's `aria-describedby` — so render a
   * `FieldError` whenever this is `true`.
   */
  invalid?: boolean;
  /**
   * Which of `FieldDescription` and `FieldNotice` this field renders, when that is known
   * as it renders: `{ description: true }`. The control's `aria-describedby` then names
   * them from the first render — server-rendered HTML included — and nothing re-renders
   * once they mount. Without it, each part is added to `aria-describedby` after it has
   * mounted.
   */
  parts?: FieldDescribingParts | undefined;
}

/**
 * One form field: wires a label, a description, a notice and an error to one control
 * with `useId`-derived ids. The control's `aria-describedby` names only the parts that
 * are rendered, and `aria-invalid` is set only while `invalid`. Renders a `div`
 * (`.pk-field`, `data-slot="field"`, `data-invalid` while invalid). Pass `parts` when you
 * render on a server, so the HTML has the full `aria-describedby` before hydration.
 *
 * @example
 * ```tsx
 * <Field invalid={Boolean(error)} parts={{ description: true }}>
 *   <FieldLabel>Loyalty card</FieldLabel>
 *   <FieldDescription>The number on the back of your card.</FieldDescription>
 *   <FieldInput {...register('loyaltyCard')} />
 *   {error && <FieldError>{error.message}</FieldError>}
 * </Field>
 * ```
 */
export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field(
  { invalid = false, parts, className, children, ...props },
  ref,
) {
  const id = useId();
  const [mounted, setMounted] = useState<FieldDescribingParts>({});

  // Stable, so a part registers once when it mounts and unregisters when it unmounts.
  const registerPart = useCallback((part: FieldDescribingPart) => {
    const mark = (rendered: boolean) => setMounted((current) => ({ ...current, [part]: rendered }));
    mark(true);
    return () => mark(false);
  }, []);

  // Not memoized: the Field re-renders only with new children or when a part mounts or
  // unmounts, and then its parts re-render anyway.
  const shown = parts ?? mounted;
  const value = {
    id,
    invalid,
    describedBy:
      joinTokens(
        shown.description && `${id}description`,
        shown.notice && `${id}notice`,
        invalid && `${id}error`,
      ) || undefined,
    registerPart: parts ? undefined : registerPart,
  };

  return (
    <FieldContext.Provider value={value}>
      <div
        {...props}
        ref={ref}
        {...slotProps('field', undefined, className)}
        data-invalid={invalid ? '' : undefined}
      >
        {children}
      </div>
    </FieldContext.Provider>
  );
});
