'use client';
import { useChangeEmail } from '@profile-kit/hooks/account';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { AccountMessages } from '../credential-form/account-messages.js';
import { credentialFailure } from '../credential-form/credential-failure.js';
import {
  type EmailChangeErrors,
  type EmailChangeField,
  emailChangeFields,
  readEmailChange,
  validateEmailChange,
} from './validate-email-change.js';

export interface EmailChangeFormOptions {
  text: AccountMessages;
  locale: string;
  /** The email the customer signs in with now; until it is known, a submit does nothing. */
  email: string | undefined;
  onEmailChangeRequested?: ((newEmail: string) => void) | undefined;
  onSessionExpired?: (() => void) | undefined;
}

/**
 * The state of one `ChangeEmailForm`: field errors and the mutation. The password is read
 * from its input on submit and handed to `useChangeEmail`, which keeps it out of TanStack's
 * state (`variables` has the new address, which the "sent" text names).
 */
export function useEmailChangeForm({
  text,
  locale,
  email,
  onEmailChangeRequested,
  onSessionExpired,
}: EmailChangeFormOptions) {
  const change = useChangeEmail();
  const [errors, setErrors] = useState<EmailChangeErrors>({});
  // Bumped after a success: the fields remount empty, the password with them.
  const [generation, setGeneration] = useState(0);
  const [focus, setFocus] = useState<{ field: EmailChangeField } | undefined>();
  const form = useRef<HTMLFormElement | null>(null);

  // After the error has rendered, so the field is focused with its error in its description.
  useEffect(() => {
    const input = focus && form.current?.elements.namedItem(focus.field);
    if (input instanceof HTMLInputElement) input.focus();
  }, [focus]);

  const failure = change.error ? credentialFailure(change.error, text, locale) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending || email === undefined) return;
    form.current = event.currentTarget;
    const input = readEmailChange(event.currentTarget, email);
    const found = validateEmailChange(input, text);
    setErrors(found);
    const first = emailChangeFields.find((field) => found[field]);
    if (first) {
      change.reset();
      setFocus({ field: first });
      return;
    }
    change.mutate(input, {
      onSuccess() {
        setGeneration((value) => value + 1);
        onEmailChangeRequested?.(input.newEmail);
      },
      onError(error) {
        const shown = credentialFailure(error, text, locale);
        if (shown.on === 'password') {
          // Only the password was wrong: the new address stays as typed.
          setErrors({ password: shown.message });
          setFocus({ field: 'password' });
        } else if (shown.signIn === 'signInAgain') onSessionExpired?.();
      },
    });
  }

  function edited(field: EmailChangeField) {
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  }

  return { change, errors, failure, generation, submit, edited };
}
