'use client';
import type { ProfileKitError } from '@profile-kit/hooks';
import { errorText } from './error-text.js';
import { ProfileButton } from './profile-button.js';
import { useProfileKitUi } from './profile-kit-ui-context.js';
import type { ProfileStateSlot } from './profile-state-slot.js';
import { slotProps } from './slot-props.js';

export interface ProfileLoadErrorProps {
  error: ProfileKitError | null;
  /** Whether a retry is under way: the button stays focusable but does nothing. */
  retrying: boolean;
  onRetry: () => void;
  onSignIn?: (() => void) | undefined;
  classNames?: Partial<Record<ProfileStateSlot, string>> | undefined;
}

/** The profile could not be read: a message for the kind of failure, Retry, and Sign in where signing in helps. */
export function ProfileLoadError({
  error,
  retrying,
  onRetry,
  onSignIn,
  classNames,
}: ProfileLoadErrorProps) {
  const { messages } = useProfileKitUi();
  const signInHelps = error?.kind === 'unauthorized' || error?.kind === 'forbidden';
  return (
    <div role="alert" {...slotProps('message', classNames)} data-tone="danger">
      <p>{errorText('load', error?.kind, messages)}</p>
      <div {...slotProps('message-actions', classNames)}>
        {signInHelps && onSignIn && (
          <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
            {messages.signIn}
          </ProfileButton>
        )}
        <ProfileButton
          variant={signInHelps && onSignIn ? 'secondary' : 'primary'}
          classNames={classNames}
          aria-disabled={retrying || undefined}
          onClick={retrying ? undefined : onRetry}
        >
          {messages.retry}
        </ProfileButton>
      </div>
    </div>
  );
}
