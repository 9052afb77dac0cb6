'use client';
import { slotProps } from '../field/slot-props.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { ProfileButton } from '../view/profile-button.js';
import type { ProfileFormStatus } from './profile-form-session.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';

export interface ProfileFormOutcomeProps {
  session: ProfileFormStatus;
  onSignIn?: (() => void) | undefined;
  classNames?: ProfileFormClassNames | undefined;
}

/**
 * The one outcome region of a form. The polite status is always in the page, so screen
 * readers announce "saved" — or how a conflict was settled — when its text arrives; a
 * failure or a conflict is an alert, announced as it appears.
 */
export function ProfileFormOutcome({ session, onSignIn, classNames }: ProfileFormOutcomeProps) {
  const { messages } = useProfileKitUi();
  const { status } = session;
  // After a conflict, how the customer's choice left the form, until the next save.
  const review = session.status === 'editing' ? session.review?.choice : undefined;
  const outcome = review
    ? 'review'
    : status === 'editing' || status === 'saving'
      ? undefined
      : status;
  return (
    <>
      <div role="status" {...slotProps('form-status', classNames)} data-state={outcome}>
        {status === 'saved'
          ? messages.saveSuccess
          : status === 'no-changes'
            ? messages.saveNoChanges
            : review === 'mine'
              ? messages.conflictKeptMine
              : review === 'theirs'
                ? messages.conflictUsedTheirs
                : undefined}
      </div>
      {(session.status === 'failed' || session.status === 'conflict') && (
        <div role="alert" {...slotProps('form-alert', classNames)} data-state={session.status}>
          <p>{session.status === 'conflict' ? messages.conflictMessage : session.message}</p>
          {session.status === 'failed' && session.signIn && onSignIn && (
            <div {...slotProps('message-actions', classNames)}>
              <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
                {messages[session.signIn]}
              </ProfileButton>
            </div>
          )}
        </div>
      )}
    </>
  );
}
