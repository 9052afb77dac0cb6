import { type PasswordChange, passwordChangeSchema } from '@profile-kit/hooks/account';
import type { AccountMessages } from '../credential-form/account-messages.js';

/** What the form reads on submit: the request's fields, plus the repeated new password. */
export type PasswordChangeInput = PasswordChange & { confirmPassword: string };

export type PasswordChangeField = keyof PasswordChangeInput;

/** The fields in the order they are shown (and focused when invalid). */
export const passwordChangeFields: readonly PasswordChangeField[] = [
  'currentPassword',
  'newPassword',
  'confirmPassword',
];

export type PasswordChangeErrors = Partial<Record<PasswordChangeField, string>>;

/**
 * Checks a password change before anything is sent: the hooks' `passwordChangeSchema`
 * (both given, the new one not the current one), then the form's own rule that the
 * repeat matches. Each problem as a text on its field.
 */
export function validatePasswordChange(
  input: PasswordChangeInput,
  text: AccountMessages,
): PasswordChangeErrors {
  const errors: PasswordChangeErrors = {};
  const { confirmPassword, ...change } = input;
  for (const issue of passwordChangeSchema.safeParse(change).error?.issues ?? []) {
    const [field] = issue.path;
    if (field === 'currentPassword') errors.currentPassword ??= text.errorCurrentPasswordRequired;
    if (field === 'newPassword') {
      errors.newPassword ??=
        issue.code === 'custom' ? text.errorSameAsCurrent : text.errorNewPasswordRequired;
    }
  }
  if (confirmPassword === '') errors.confirmPassword = text.errorConfirmRequired;
  else if (change.newPassword !== '' && confirmPassword !== change.newPassword) {
    errors.confirmPassword = text.errorMismatch;
  }
  return errors;
}

/** The three passwords as typed, read from the form's inputs at submit. */
export function readPasswordChange(form: HTMLFormElement): PasswordChangeInput {
  const data = new FormData(form);
  const read = (field: PasswordChangeField) => {
    const value = data.get(field);
    return typeof value === 'string' ? value : '';
  };
  return {
    currentPassword: read('currentPassword'),
    newPassword: read('newPassword'),
    confirmPassword: read('confirmPassword'),
  };
}
