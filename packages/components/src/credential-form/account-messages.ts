/**
 * The English texts of the sign-in & security components (`ChangeEmailForm`,
 * `ConfirmEmailChange`, `ChangePasswordForm`), apart from the profile's
 * `ProfileKitMessages` so a page without them ships none. `{name}` placeholders are filled
 * in at render time; every other language has exactly these keys.
 */
export const enAccountMessages = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Repeat new password',
  /** The visible text of each field's show/hide toggle (`aria-pressed` says which). */
  show: 'Show',
  /** The toggle's accessible name: starts with `show` (WCAG 2.5.3), `{field}` is the label. */
  showPassword: 'Show {field}',
  passwordHint: 'Use at least 8 characters; a longer one with digits and symbols is stronger.',
  strengthWeak: 'Strength: weak.',
  strengthFair: 'Strength: fair.',
  strengthStrong: 'Strength: strong.',
  changePassword: 'Change password',
  changingPassword: 'Changing your password…',
  passwordChanged: 'Your password has been changed.',

  currentEmail: 'You sign in with {email}.',
  newEmail: 'New email address',
  emailPassword: 'Password',
  syncContactEmail: 'Also use it as my contact email',
  changeEmail: 'Change email',
  sendingEmail: 'Sending the confirmation link…',
  emailSent: 'Check your inbox: we sent a link to {email}. Your email changes once you open it.',

  confirming: 'Confirming your new email address…',
  confirmed: 'Your new email address is confirmed. Use it to sign in from now on.',
  tokenExpired:
    'This link has expired. Ask for the change again under Sign-in & security in your account.',
  tokenInvalid:
    'This link is not valid or was already used. If you confirmed already, sign in with your new email; otherwise ask for the change again.',
  continue: 'Continue',

  errorPasswordRequired: 'Enter your password.',
  errorCurrentPasswordRequired: 'Enter your current password.',
  errorNewPasswordRequired: 'Enter a new password.',
  errorConfirmRequired: 'Repeat the new password.',
  errorMismatch: 'The passwords do not match.',
  errorSameAsCurrent: 'Choose a password other than your current one.',
  errorWrongPassword: 'This password is not correct.',
  errorEmail: 'Enter an email address like name@example.com.',
  errorSameEmail: 'This is the email you sign in with already.',
  errorRefused: 'The server refused this change. Check your entries and try again.',

  failedUnauthorized: 'Your session has expired. Sign in again; what you typed is kept here.',
  failedForbidden: 'Sign in as a customer to change this.',
  failedRateLimited: 'Too many attempts. Try again {when}.',
  /** When the server gave no `Retry-After`. */
  failedRateLimitedLater: 'Too many attempts. Wait a few minutes, then try again.',
  failedOffline: 'You are offline. What you typed is kept: try again once you are back online.',
  failedNetwork: 'We could not reach the server. What you typed is kept; try again.',
  failedTimeout: 'The server did not answer in time. What you typed is kept; try again.',
  failedServer: 'This did not work right now. What you typed is kept; try again later.',
  loading: 'Loading your account…',
  signedOut: 'Sign in to change your sign-in details.',
  signIn: 'Sign in',
  signInAgain: 'Sign in again',
  retry: 'Try again',
};

/** Every text the sign-in & security components show, by key. Override any with `messages`. */
export type AccountMessages = { readonly [Key in keyof typeof enAccountMessages]: string };
