import { changeEmailSchema, type EmailChange } from '@profile-kit/hooks/account';
import type { AccountMessages } from '../credential-form/account-messages.js';

/** The fields the customer fills in; `email` is the one they sign in with now. */
export type EmailChangeField = 'password' | 'newEmail';

/** The fields in the order they are shown (and focused when invalid). */
export const emailChangeFields: readonly EmailChangeField[] = ['newEmail', 'password'];

export type EmailChangeErrors = Partial<Record<EmailChangeField, string>>;

/**
 * Checks an email change with the hooks' `changeEmailSchema` before anything is sent (a
 * password, a new address that is an email and not the current one); each problem as a
 * text on its field.
 */
export function validateEmailChange(change: EmailChange, text: AccountMessages): EmailChangeErrors {
  const errors: EmailChangeErrors = {};
  for (const issue of changeEmailSchema.safeParse(change).error?.issues ?? []) {
    const [field] = issue.path;
    if (field === 'password') errors.password ??= text.errorPasswordRequired;
    if (field === 'newEmail') {
      errors.newEmail ??= issue.code === 'custom' ? text.errorSameEmail : text.errorEmail;
    }
  }
  return errors;
}

/** The change as typed, read from the form's inputs at submit: the password only from the DOM. */
export function readEmailChange(form: HTMLFormElement, email: string): EmailChange {
  const data = new FormData(form);
  const read = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    email,
    password: read('password'),
    // An address is never typed with spaces around it; a password may be.
    newEmail: read('newEmail').trim(),
    syncContactEmail: data.get('syncContactEmail') === 'on',
  };
}
