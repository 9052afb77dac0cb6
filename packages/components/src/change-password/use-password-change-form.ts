'use client';
import { useChangePassword } from '@profile-kit/hooks/account';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { AccountMessages } from '../credential-form/account-messages.js';
import { credentialFailure } from '../credential-form/credential-failure.js';
import { type PasswordStrength, passwordStrength } from './password-strength.js';
import {
  type PasswordChangeErrors,
  type PasswordChangeField,
  passwordChangeFields,
  readPasswordChange,
  validatePasswordChange,
} from './validate-password-change.js';

export interface PasswordChangeFormOptions {
  text: AccountMessages;
  locale: string;
  onPasswordChanged?: (() => void) | undefined;
  onSessionExpired?: (() => void) | undefined;
}

/**
 * The state of one `ChangePasswordForm`: field errors, the strength verdict, and the
 * mutation. The passwords themselves are read from the inputs on submit and handed to
 * `useChangePassword`, which keeps them out of TanStack's state; none is held here.
 */
export function usePasswordChangeForm({
  text,
  locale,
  onPasswordChanged,
  onSessionExpired,
}: PasswordChangeFormOptions) {
  const change = useChangePassword();
  const [errors, setErrors] = useState<PasswordChangeErrors>({});
  const [strength, setStrength] = useState<PasswordStrength | undefined>();
  // Bumped after a success: the fields remount, empty and hidden again.
  const [generation, setGeneration] = useState(0);
  const [focus, setFocus] = useState<{ field: PasswordChangeField } | undefined>();
  const form = useRef<HTMLFormElement | null>(null);

  // After the error has rendered, so the field is focused with its error in its description.
  useEffect(() => {
    const input = focus && form.current?.elements.namedItem(focus.field);
    if (input instanceof HTMLInputElement) input.focus();
  }, [focus]);

  const failure = change.error ? credentialFailure(change.error, text, locale) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    form.current = event.currentTarget;
    const input = readPasswordChange(event.currentTarget);
    const found = validatePasswordChange(input, text);
    setErrors(found);
    const first = passwordChangeFields.find((field) => found[field]);
    if (first) {
      change.reset();
      setFocus({ field: first });
      return;
    }
    const { currentPassword, newPassword } = input;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess() {
          setGeneration((value) => value + 1);
          setStrength(undefined);
          onPasswordChanged?.();
        },
        onError(error) {
          const shown = credentialFailure(error, text, locale);
          if (shown.on === 'password') {
            // Only the current password was wrong: the new ones stay as typed.
            setErrors({ currentPassword: shown.message });
            setFocus({ field: 'currentPassword' });
          } else if (shown.signIn === 'signInAgain') onSessionExpired?.();
        },
      },
    );
  }

  function edited(field: PasswordChangeField, value: string) {
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
    if (field === 'newPassword') setStrength(value === '' ? undefined : passwordStrength(value));
  }

  return { change, errors, failure, strength, generation, submit, edited };
}
