import type { ProfileStateSlot } from '../view/profile-state-slot.js';

/** The parts of `ChangeEmailForm`, `ChangePasswordForm` and `ConfirmEmailChange`, by `data-slot`. */
export type CredentialFormSlot =
  | 'form'
  | 'form-fields'
  | 'form-intro'
  | 'field'
  | 'field-checkbox'
  | 'password-control'
  | 'form-actions'
  | 'form-status'
  | 'form-alert'
  | 'email-confirm'
  | ProfileStateSlot;

/** Extra class names for those parts, merged with the `pk-` ones. */
export type CredentialFormClassNames = Partial<Record<CredentialFormSlot, string>>;
