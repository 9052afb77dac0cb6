export type { CredentialProblem } from './client/credential-problem.js';
export { credentialProblem } from './client/credential-problem.js';
export {
  changeEmail,
  changePassword,
  confirmEmailChange,
} from './client/credential-requests.js';
export type { EmailChangeShown } from './react/use-change-email.js';
export { useChangeEmail } from './react/use-change-email.js';
export { useChangePassword } from './react/use-change-password.js';
export { useConfirmEmailChange } from './react/use-confirm-email-change.js';
export type {
  CredentialMutationOptions,
  CredentialMutationResult,
} from './react/use-credential-mutation.js';
export type {
  EmailChange,
  EmailChangeConfirmation,
  PasswordChange,
} from './schema/credential-schemas.js';
export {
  changeEmailSchema,
  emailChangeConfirmationSchema,
  passwordChangeSchema,
} from './schema/credential-schemas.js';
