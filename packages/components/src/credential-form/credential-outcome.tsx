'use client';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AccountMessages } from './account-messages.js';
import type { CredentialFailure } from './credential-failure.js';
import type { CredentialFormClassNames } from './credential-slot.js';

export interface CredentialOutcomeProps {
  /** What the polite status says: under way, or done. */
  status?: string | undefined;
  failure?: CredentialFailure | undefined;
  text: AccountMessages;
  onSignIn?: (() => void) | undefined;
  /** Offers "Try again" in the alert (a read that failed, not a change: the form's button is that). */
  onRetry?: (() => void) | undefined;
  classNames?: CredentialFormClassNames | undefined;
}

/**
 * The one outcome region of a credential form. The polite status is always in the page,
 * so screen readers announce "sent" or "changed" when its text arrives; a failure is an
 * alert, announced as it appears, with Sign in (again) where that is what helps.
 */
export function CredentialOutcome({
  status,
  failure,
  text,
  onSignIn,
  onRetry,
  classNames,
}: CredentialOutcomeProps) {
  const alert = failure?.on === 'form' ? failure : undefined;
  const signIn = alert?.signIn && onSignIn;
  return (
    <>
      <div role="status" {...slotProps('form-status', classNames)}>
        {status}
      </div>
      {alert && (
        <div role="alert" {...slotProps('form-alert', classNames)} data-state="failed">
          <p>{alert.message}</p>
          {(signIn || onRetry) && (
            <div {...slotProps('message-actions', classNames)}>
              {signIn && alert.signIn && (
                <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
                  {text[alert.signIn]}
                </ProfileButton>
              )}
              {onRetry && (
                <ProfileButton variant="secondary" classNames={classNames} onClick={onRetry}>
                  {text.retry}
                </ProfileButton>
              )}
            </div>
          )}
        </div>
      )}
    </>
  );
}
