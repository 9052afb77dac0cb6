'use client';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AccountMessages } from './account-messages.js';
import type { CredentialFormClassNames } from './credential-slot.js';

export interface CredentialSignedOutProps {
  text: AccountMessages;
  onSignIn?: (() => void) | undefined;
  classNames?: CredentialFormClassNames | undefined;
}

/** Instead of a credential form while nobody is signed in: why, and Sign in. */
export function CredentialSignedOut({ text, onSignIn, classNames }: CredentialSignedOutProps) {
  return (
    <div {...slotProps('message', classNames)} data-tone="neutral">
      <p>{text.signedOut}</p>
      {onSignIn && (
        <div {...slotProps('message-actions', classNames)}>
          <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
            {text.signIn}
          </ProfileButton>
        </div>
      )}
    </div>
  );
}
