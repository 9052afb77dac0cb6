'use client';
import { forwardRef } from 'react';
import { credentialFailure } from '../credential-form/credential-failure.js';
import { CredentialFormFrame } from '../credential-form/credential-form-frame.js';
import type { CredentialFormProps } from '../credential-form/credential-form-props.js';
import { PasswordField } from '../credential-form/password-field.js';
import { useAccountEmail } from '../credential-form/use-account-email.js';
import { useAccountText } from '../credential-form/use-account-text.js';
import { Field } from '../field/field.js';
import { FieldError } from '../field/field-error.js';
import { FieldInput } from '../field/field-input.js';
import { FieldLabel } from '../field/field-label.js';
import { slotProps } from '../field/slot-props.js';
import { formatMessage } from '../i18n/format-message.js';
import { useEmailChangeForm } from './use-email-change-form.js';

export interface ChangeEmailFormProps extends CredentialFormProps {
  /** Shows "Also use it as my contact email" (`syncContactEmail`). Default `true`. */
  offerContactEmail?: boolean | undefined;
  /** Called once the API has sent the confirmation link to the new address. */
  onEmailChangeRequested?: ((newEmail: string) => void) | undefined;
}

/**
 * Asks for a change of the email the customer signs in with (`useChangeEmail`): the new
 * address, the account password, and optionally the contact email too. Nothing changes
 * until the customer opens the link the API mails to the new address (see
 * `ConfirmEmailChange`); the form then says "check your inbox", naming the address.
 *
 * - Checks before anything is sent: a password, an email address, not the current one.
 * - A wrong password is an error on that field; the new address stays.
 * - A 429 says when to try again; an expired session offers "Sign in again"; offline and
 *   server failures say so; what was typed stays in every case.
 * - The password lives only in its input, never in React or TanStack Query state, an
 *   attribute or the markup, and is emptied once the link is sent.
 *
 * States, as `data-state` on the `form`: `loading` (the sign-in email is being read),
 * `idle`, `sending` (`aria-busy`), `sent`, `failed`; `anonymous` when nobody is signed in.
 *
 * @example
 * ```tsx
 * <ChangeEmailForm messages={deAccountMessages} locale="de-DE" onSignIn={() => navigate('/login')} />
 * ```
 */
export const ChangeEmailForm = forwardRef<HTMLFormElement, ChangeEmailFormProps>(
  function ChangeEmailForm(
    {
      locale = 'en',
      messages,
      classNames,
      className,
      email,
      offerContactEmail = true,
      onEmailChangeRequested,
      onSessionExpired,
      onSignIn,
      ...props
    },
    ref,
  ) {
    const text = useAccountText(messages);
    const tag = locale.replaceAll('_', '-');
    const account = useAccountEmail(email);
    const { change, errors, failure, generation, submit, edited } = useEmailChangeForm({
      text,
      locale: tag,
      email: account.email,
      onEmailChangeRequested,
      onSessionExpired,
    });
    const sending = change.isPending;
    const loading = account.email === undefined && account.state === 'loading';
    const loadFailure =
      account.email === undefined && account.state === 'error'
        ? credentialFailure(account.query.error, text, tag)
        : undefined;
    let state = 'idle';
    if (account.state === 'anonymous') state = 'anonymous';
    else if (loading) state = 'loading';
    else if (sending) state = 'sending';
    else if (change.isSuccess) state = 'sent';
    else if (failure?.on === 'form' || loadFailure) state = 'failed';
    const sentTo = change.isSuccess ? change.variables?.newEmail : undefined;
    let status: string | undefined;
    if (loading) status = text.loading;
    else if (sending) status = text.sendingEmail;
    else if (sentTo) status = formatMessage(text.emailSent, { email: sentTo });

    return (
      <CredentialFormFrame
        {...props}
        kind="change-email"
        formRef={ref}
        className={className}
        anonymous={account.state === 'anonymous'}
        state={state}
        busy={sending || loading}
        username={account.email}
        intro={
          account.email && (
            <p {...slotProps('form-intro', classNames)}>
              {formatMessage(text.currentEmail, { email: account.email })}
            </p>
          )
        }
        generation={generation}
        fields={
          <>
            <Field
              invalid={Boolean(errors.newEmail)}
              className={classNames?.field}
              data-field="newEmail"
            >
              <FieldLabel>{text.newEmail}</FieldLabel>
              <FieldInput
                name="newEmail"
                type="email"
                autoComplete="email"
                spellCheck={false}
                onInput={() => edited('newEmail')}
              />
              <FieldError>{errors.newEmail}</FieldError>
            </Field>
            <PasswordField
              name="password"
              label={text.emailPassword}
              autoComplete="current-password"
              error={errors.password}
              text={text}
              classNames={classNames}
              onInput={() => edited('password')}
            />
            {offerContactEmail && (
              <label {...slotProps('field-checkbox', classNames)}>
                <input type="checkbox" name="syncContactEmail" />
                {text.syncContactEmail}
              </label>
            )}
          </>
        }
        status={status}
        failure={failure ?? loadFailure}
        onRetry={loadFailure ? () => void account.query.refetch() : undefined}
        submitLabel={text.changeEmail}
        submitDisabled={sending || account.email === undefined}
        onSubmit={submit}
        text={text}
        onSignIn={onSignIn}
        classNames={classNames}
      />
    );
  },
);
