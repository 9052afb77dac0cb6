'use client';
import { useChangeEmail } from '@profile-kit/hooks/account';
import type { AccountMessages } from '../credential-form/account-messages.js';
import { useCredentialForm } from '../credential-form/use-credential-form.js';
import {
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
 * The state of one `ChangeEmailForm`: the shared credential form on `useChangeEmail`, which
 * keeps the password out of TanStack's state (`variables` has the new address, which the
 * "sent" text names).
 */
export function useEmailChangeForm({
  text,
  locale,
  email,
  onEmailChangeRequested,
  onSessionExpired,
}: EmailChangeFormOptions) {
  const change = useChangeEmail();
  const form = useCredentialForm({
    mutation: change,
    fields: emailChangeFields,
    passwordField: 'password',
    read: (element) => (email === undefined ? undefined : readEmailChange(element, email)),
    validate: (values) => validateEmailChange(values, text),
    toInput: (values) => values,
    text,
    locale,
    onSuccess: (values) => onEmailChangeRequested?.(values.newEmail),
    onSessionExpired,
  });
  return { ...form, change };
}
