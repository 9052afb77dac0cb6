'use client';
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Whether the customer has edited a field since the last save: `true` after any change
 * they make (typing, picking), set back to `false` by the caller when a save succeeds.
 * Changes the form makes itself (a reset to the saved profile, a refetch) do not count.
 */
export function useEditedSinceSave<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, 'watch'>,
) {
  const edited = useRef(false);
  useEffect(() => {
    // `type` is 'change' only for the customer's own input, not for reset or setValue.
    const { unsubscribe } = form.watch((_values, { type }) => {
      if (type === 'change') edited.current = true;
    });
    return unsubscribe;
  }, [form]);
  return edited;
}
