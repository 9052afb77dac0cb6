'use client';
import { forwardRef } from 'react';
import { CredentialFormFrame } from '../credential-form/credential-form-frame.js';
import type { CredentialFormProps } from '../credential-form/credential-form-props.js';
import { PasswordField } from '../credential-form/password-field.js';
import { useAccountEmail } from '../credential-form/use-account-email.js';
import { useAccountText } from '../credential-form/use-account-text.js';
import { usePasswordChangeForm } from './use-password-change-form.js';
import type { PasswordChangeField } from './validate-password-change.js';

export interface ChangePasswordFormProps extends CredentialFormProps {
  /**
   * Called after the password has changed (the fields are empty again). The client's
   * `refreshAccessToken` is renewing the session by then (`changePassword` starts it), as
   * the identity provider may end the token issued with the old password; a client without
   * a refresher leaves that to the host, here.
   */
  onPasswordChanged?: (() => void) | undefined;
}

/**
 * Changes the signed-in customer's password with `useChangePassword`: current, new and
 * repeated new password, each with a show/hide toggle, `autocomplete` values that password
 * managers use, and a strength hint under the new one.
 *
 * - Checks before anything is sent: all three given, the new one not the current one, the
 *   repeat the same; each problem on its field, focus on the first.
 * - A wrong current password is an error on that field; the new passwords stay.
 * - The passwords live only in the inputs: never in React or TanStack Query state, never
 *   in an attribute or the markup. After a change they are emptied.
 * - Every other failure (429 with when to try again, expired session, offline, server)
 *   is an alert; what was typed stays.
 *
 * States, as `data-state` on the `form`: `idle`, `saving` (`aria-busy`), `saved`, `failed`;
 * `anonymous` (a sign-in prompt) when nobody is signed in.
 *
 * @example
 * ```tsx
 * <ChangePasswordForm
 *   messages={deAccountMessages}
 *   locale="de-DE"
 *   onSignIn={() => navigate('/login')}
 * />
 * ```
 */
export const ChangePasswordForm = forwardRef<HTMLFormElement, ChangePasswordFormProps>(
  function ChangePasswordForm(
    {
      locale = 'en',
      messages,
      classNames,
      className,
      email,
      onPasswordChanged,
      onSessionExpired,
      onSignIn,
      ...props
    },
    ref,
  ) {
    const text = useAccountText(messages);
    const tag = locale.replaceAll('_', '-');
    const account = useAccountEmail(email);
    const { change, errors, failure, strength, generation, submit, edited } = usePasswordChangeForm(
      { text, locale: tag, onPasswordChanged, onSessionExpired },
    );
    const saving = change.isPending;
    let state = 'idle';
    if (account.state === 'anonymous') state = 'anonymous';
    else if (saving) state = 'saving';
    else if (change.isSuccess) state = 'saved';
    else if (failure?.on === 'form') state = 'failed';
    const strengthText =
      strength &&
      { weak: text.strengthWeak, fair: text.strengthFair, strong: text.strengthStrong }[strength];
    const field = (
      name: PasswordChangeField,
      autoComplete: 'current-password' | 'new-password',
    ) => (
      <PasswordField
        name={name}
        label={text[name]}
        autoComplete={autoComplete}
        error={errors[name]}
        description={
          name !== 'newPassword'
            ? undefined
            : strengthText
              ? `${text.passwordHint} ${strengthText}`
              : text.passwordHint
        }
        text={text}
        classNames={classNames}
        onInput={(event) => edited(name, event.currentTarget.value)}
      />
    );

    return (
      <CredentialFormFrame
        {...props}
        kind="change-password"
        formRef={ref}
        className={className}
        anonymous={account.state === 'anonymous'}
        state={state}
        busy={saving}
        username={account.email}
        generation={generation}
        fields={
          <>
            {field('currentPassword', 'current-password')}
            {field('newPassword', 'new-password')}
            {field('confirmPassword', 'new-password')}
          </>
        }
        status={
          saving ? text.changingPassword : change.isSuccess ? text.passwordChanged : undefined
        }
        failure={failure}
        submitLabel={text.changePassword}
        submitDisabled={saving}
        onSubmit={submit}
        text={text}
        onSignIn={onSignIn}
        classNames={classNames}
      />
    );
  },
);
