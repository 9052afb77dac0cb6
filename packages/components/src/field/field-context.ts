'use client';
import { createContext, useContext } from 'react';

/** A part of a field that is named in the control's `aria-describedby` while it is rendered. */
export type FieldDescribingPart = 'description' | 'notice';

/** Which describing parts a field renders. */
export type FieldDescribingParts = { [Part in FieldDescribingPart]?: boolean | undefined };

export interface FieldContextValue {
  /** The base of the parts' ids: the control is `${id}control`, the label `${id}label`, … */
  id: string;
  invalid: boolean;
  /** Ids of the rendered description, notice and (when invalid) error, in reading order. */
  describedBy: string | undefined;
  /**
   * How a rendered part joins `describedBy` once it has mounted; absent when the `Field`
   * was told its parts, which then need not announce themselves.
   */
  registerPart?: ((part: FieldDescribingPart) => () => void) | undefined;
}

export const FieldContext = createContext<FieldContextValue | null>(null);

/** The enclosing `Field`'s ids and state; a part outside a `Field` is a wiring mistake. */
export function useFieldContext(part: string): FieldContextValue {
  const field = useContext(FieldContext);
  if (!field) throw new Error(`profile-kit: <${part}> must be rendered inside a <Field>.`);
  return field;
}
