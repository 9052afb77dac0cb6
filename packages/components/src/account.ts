export type { ChangeEmailFormProps } from './change-email/change-email-form.js';
export { ChangeEmailForm } from './change-email/change-email-form.js';
export type { ConfirmEmailChangeProps } from './change-email/confirm-email-change.js';
export { ConfirmEmailChange } from './change-email/confirm-email-change.js';
export type { ConfirmState } from './change-email/confirm-outcome.js';
export type { ChangePasswordFormProps } from './change-password/change-password-form.js';
export { ChangePasswordForm } from './change-password/change-password-form.js';
export type { PasswordStrength } from './change-password/password-strength.js';
export { passwordStrength } from './change-password/password-strength.js';
export type { AccountMessages } from './credential-form/account-messages.js';
export { enAccountMessages } from './credential-form/account-messages.js';
export type { CredentialFormProps } from './credential-form/credential-form-props.js';
export type {
  CredentialFormClassNames,
  CredentialFormSlot,
} from './credential-form/credential-slot.js';
