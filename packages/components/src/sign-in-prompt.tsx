'use client';
import { ProfileButton } from './profile-button.js';
import { useProfileKitUi } from './profile-kit-ui-context.js';
import type { ProfileStateSlot } from './profile-state-slot.js';
import { slotProps } from './slot-props.js';

export interface SignInPromptProps {
  text: string;
  onSignIn?: (() => void) | undefined;
  classNames?: Partial<Record<ProfileStateSlot, string>> | undefined;
}

/** Shown to an anonymous visitor (or while nobody is signed in): why there is no profile, and Sign in. */
export function SignInPrompt({ text, onSignIn, classNames }: SignInPromptProps) {
  const { messages } = useProfileKitUi();
  return (
    <div {...slotProps('message', classNames)} data-tone="neutral">
      <p>{text}</p>
      {onSignIn && (
        <div {...slotProps('message-actions', classNames)}>
          <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
            {messages.signIn}
          </ProfileButton>
        </div>
      )}
    </div>
  );
}
