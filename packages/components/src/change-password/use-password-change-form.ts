'use client';
import { useChangePassword } from '@profile-kit/hooks/account';
import { useState } from 'react';
import type { AccountMessages } from '../credential-form/account-messages.js';
import { useCredentialForm } from '../credential-form/use-credential-form.js';
import { type PasswordStrength, passwordStrength } from './password-strength.js';
import {
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
 * The state of one `ChangePasswordForm`: the shared credential form, plus the strength
 * verdict of the new password (the verdict only, never the password). `useChangePassword`
 * keeps both passwords out of TanStack's state.
 */
export function usePasswordChangeForm({
  text,
  locale,
  onPasswordChanged,
  onSessionExpired,
}: PasswordChangeFormOptions) {
  const change = useChangePassword();
  const [strength, setStrength] = useState<PasswordStrength | undefined>();
  const form = useCredentialForm({
    mutation: change,
    fields: passwordChangeFields,
    passwordField: 'currentPassword',
    read: readPasswordChange,
    validate: (values) => validatePasswordChange(values, text),
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    text,
    locale,
    onSuccess: () => {
      setStrength(undefined);
      onPasswordChanged?.();
    },
    onSessionExpired,
  });

  function edited(field: PasswordChangeField, value: string) {
    form.edited(field);
    if (field === 'newPassword') setStrength(value === '' ? undefined : passwordStrength(value));
  }

  return { ...form, change, strength, edited };
}
