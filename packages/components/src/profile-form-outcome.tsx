'use client';
import { ProfileButton } from './profile-button.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';
import { useProfileKitUi } from './profile-kit-ui-context.js';
import { slotProps } from './slot-props.js';

/** How the last submit ended (a conflict has its own panel). */
export type ProfileFormOutcomeState =
  | { kind: 'saved' }
  | { kind: 'no-changes' }
  | { kind: 'failed'; message: string; signIn: boolean };

export interface ProfileFormOutcomeProps {
  outcome: ProfileFormOutcomeState | null;
  onSignIn?: (() => void) | undefined;
  classNames?: ProfileFormClassNames | undefined;
}

/**
 * The form's one outcome region. The polite `status` is always in the page, so screen
 * readers announce "saved" when its text arrives; a failure is an `alert`, announced
 * as it appears.
 */
export function ProfileFormOutcome({ outcome, onSignIn, classNames }: ProfileFormOutcomeProps) {
  const { messages } = useProfileKitUi();
  const status =
    outcome?.kind === 'saved'
      ? messages.saveSuccess
      : outcome?.kind === 'no-changes'
        ? messages.saveNoChanges
        : undefined;
  return (
    <>
      <div role="status" {...slotProps('form-status', classNames)} data-state={outcome?.kind}>
        {status}
      </div>
      {outcome?.kind === 'failed' && (
        <div role="alert" {...slotProps('form-alert', classNames)}>
          <p>{outcome.message}</p>
          {outcome.signIn && onSignIn && (
            <div {...slotProps('message-actions', classNames)}>
              <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
                {messages.signIn}
              </ProfileButton>
            </div>
          )}
        </div>
      )}
    </>
  );
}
