import type { ComponentPropsWithRef } from 'react';
import type { AccountMessages } from './account-messages.js';
import type { CredentialFormClassNames } from './credential-slot.js';

/** What `ChangeEmailForm` and `ChangePasswordForm` both take, besides the `form`'s own props. */
export interface CredentialFormProps
  extends Omit<ComponentPropsWithRef<'form'>, 'onSubmit' | 'children' | 'noValidate'> {
  /** UI locale (`en`, `de-DE`, …) for the time a rate limit names. */
  locale?: string | undefined;
  /** Texts: `deAccountMessages` from `@profile-kit/components/locales/de-account`, or single keys over English. */
  messages?: Partial<AccountMessages> | undefined;
  /** Extra class names per part, merged with the `pk-` classes. `className` goes on the `form` too. */
  classNames?: CredentialFormClassNames | undefined;
  /**
   * The email the customer signs in with now: named by the email form, and a hidden
   * `username` field for password managers in both. Default: read from the profile.
   */
  email?: string | undefined;
  /** Called when the request finds the session expired (401); what was typed stays. */
  onSessionExpired?: (() => void) | undefined;
  /** Called by the Sign in buttons (nobody signed in, expired session, forbidden). */
  onSignIn?: (() => void) | undefined;
}
