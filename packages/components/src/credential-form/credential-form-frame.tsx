'use client';
import type { ComponentPropsWithRef, FormEvent, ReactNode, Ref } from 'react';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AccountMessages } from './account-messages.js';
import type { CredentialFailure } from './credential-failure.js';
import { CredentialOutcome } from './credential-outcome.js';
import { CredentialSignedOut } from './credential-signed-out.js';
import type { CredentialFormClassNames } from './credential-slot.js';

export interface CredentialFormFrameProps
  extends Omit<ComponentPropsWithRef<'form'>, 'children' | 'onSubmit' | 'ref'> {
  /** Which form this is, as `data-form` on the `form`. */
  kind: 'change-email' | 'change-password';
  /** The host's ref to the `form`: React 18 keeps a prop named `ref` from components. */
  formRef?: Ref<HTMLFormElement> | undefined;
  /** Nobody signed in: a sign-in prompt instead of the fields. */
  anonymous: boolean;
  /** `data-state` on the `form`. */
  state: string;
  busy: boolean;
  /** The sign-in email, for password managers; rendered as a hidden `username` field. */
  username: string | undefined;
  /** Above the fields (the email form's "You sign in with …"). */
  intro?: ReactNode;
  /** The fields; a new `generation` remounts them, emptied. */
  fields: ReactNode;
  generation: number;
  status?: string | undefined;
  failure?: CredentialFailure | undefined;
  onRetry?: (() => void) | undefined;
  submitLabel: string;
  /** `aria-disabled` on the submit button: it stays focusable, the submit does nothing. */
  submitDisabled: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  text: AccountMessages;
  onSignIn?: (() => void) | undefined;
  classNames?: CredentialFormClassNames | undefined;
}

/** The frame both credential forms share: root, sign-in prompt, username, outcome, submit. */
export function CredentialFormFrame({
  kind,
  formRef,
  anonymous,
  state,
  busy,
  username,
  intro,
  fields,
  generation,
  status,
  failure,
  onRetry,
  submitLabel,
  submitDisabled,
  onSubmit,
  text,
  onSignIn,
  classNames,
  className,
  ...props
}: CredentialFormFrameProps) {
  const root = {
    ...props,
    ...slotProps('form', classNames, className),
    'data-form': kind,
    'data-state': state,
  };
  if (anonymous) {
    return (
      <form {...root} ref={formRef}>
        <CredentialSignedOut text={text} onSignIn={onSignIn} classNames={classNames} />
      </form>
    );
  }
  return (
    <form {...root} ref={formRef} aria-busy={busy || undefined} noValidate onSubmit={onSubmit}>
      {intro}
      {/* For password managers: whose password this is. Not a secret, not shown. */}
      {username && (
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={username}
          readOnly
          hidden
        />
      )}
      <div {...slotProps('form-fields', classNames)} key={generation}>
        {fields}
      </div>
      <CredentialOutcome
        status={status}
        failure={failure}
        text={text}
        onSignIn={onSignIn}
        onRetry={onRetry}
        classNames={classNames}
      />
      <div {...slotProps('form-actions', classNames)}>
        <ProfileButton
          type="submit"
          variant="primary"
          classNames={classNames}
          aria-disabled={submitDisabled || undefined}
        >
          {submitLabel}
        </ProfileButton>
      </div>
    </form>
  );
}
