'use client';
import type { ProfileKitError } from '@profile-kit/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { AccountMessages } from './account-messages.js';
import { credentialFailure } from './credential-failure.js';

/** What the form needs of `useChangeEmail` or `useChangePassword`. */
export interface CredentialFormMutation<TInput> {
  mutate(
    input: TInput,
    options: { onSuccess: () => void; onError: (error: ProfileKitError) => void },
  ): void;
  reset(): void;
  isPending: boolean;
  error: ProfileKitError | null;
}

export interface CredentialFormOptions<TField extends string, TValues, TInput> {
  mutation: CredentialFormMutation<TInput>;
  /** The fields in the order they are shown, and focused when invalid. */
  fields: readonly TField[];
  /** The field a wrong password is reported on. */
  passwordField: TField;
  /** The values as typed, from the form's inputs; `undefined` while a submit cannot go out. */
  read: (form: HTMLFormElement) => TValues | undefined;
  /** Problems found before anything is sent, as texts by field. */
  validate: (values: TValues) => Partial<Record<TField, string>>;
  /** The request's input, from valid values. */
  toInput: (values: TValues) => TInput;
  text: AccountMessages;
  locale: string;
  onSuccess?: ((values: TValues) => void) | undefined;
  onSessionExpired?: (() => void) | undefined;
}

/**
 * What both credential forms do on submit: read the values from the inputs (so no secret is
 * ever in React state), check them, focus the first invalid field once its error shows,
 * send, and show the outcome — a wrong password on its field, the rest in the alert. After
 * a success `generation` moves on: the fields remount, emptied.
 */
export function useCredentialForm<TField extends string, TValues, TInput>({
  mutation,
  fields,
  passwordField,
  read,
  validate,
  toInput,
  text,
  locale,
  onSuccess,
  onSessionExpired,
}: CredentialFormOptions<TField, TValues, TInput>) {
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});
  const [generation, setGeneration] = useState(0);
  const [focus, setFocus] = useState<{ field: TField } | undefined>();
  const form = useRef<HTMLFormElement | null>(null);

  // After the error has rendered, so the field is focused with its error in its description.
  useEffect(() => {
    const input = focus && form.current?.elements.namedItem(focus.field);
    if (input instanceof HTMLInputElement) input.focus();
  }, [focus]);

  const failure = mutation.error ? credentialFailure(mutation.error, text, locale) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.current = event.currentTarget;
    const values = mutation.isPending ? undefined : read(event.currentTarget);
    if (values === undefined) return;
    const found = validate(values);
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (first) {
      mutation.reset();
      setFocus({ field: first });
      return;
    }
    mutation.mutate(toInput(values), {
      onSuccess() {
        setGeneration((value) => value + 1);
        onSuccess?.(values);
      },
      onError(error) {
        const shown = credentialFailure(error, text, locale);
        if (shown.on === 'password') {
          // Only the password was wrong: every other field stays as typed.
          setErrors({ [passwordField]: shown.message } as Partial<Record<TField, string>>);
          setFocus({ field: passwordField });
        } else if (shown.signIn === 'signInAgain') onSessionExpired?.();
      },
    });
  }

  /** Typing in a field takes its error away. */
  function edited(field: TField) {
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest as typeof errors);
  }

  return { errors, failure, generation, submit, edited };
}
