'use client';
import type { ReactNode } from 'react';
import { slotProps } from '../field/slot-props.js';
import { errorText } from '../i18n/error-text.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { signInKey } from '../i18n/sign-in-key.js';
import { ProfileButton } from './profile-button.js';
import type { ProfileStateSlot } from './profile-state-slot.js';
import type { useProfileView } from './use-profile-view.js';

export interface ProfileViewStatusProps {
  view: ReturnType<typeof useProfileView>;
  /** What the sign-in prompt says: the card and the form word it differently. */
  anonymousText: string;
  onSignIn?: (() => void) | undefined;
  /** What stands in for the profile while it loads: the card's or the form's shape. */
  skeleton: ReactNode;
  classNames?: Partial<Record<ProfileStateSlot, string>> | undefined;
}

/**
 * What stands in for the profile, by state: the skeleton while it loads (only the
 * hidden "Loading your profile…" is read out); the sign-in prompt for an anonymous
 * visitor; the load error — a message for the kind of failure, Retry where trying again
 * can help, and Sign in ("Sign in again" for an expired session) where signing in helps. Nothing once the profile is ready.
 */
export function ProfileViewStatus({
  view,
  anonymousText,
  onSignIn,
  skeleton,
  classNames,
}: ProfileViewStatusProps) {
  const { messages } = useProfileKitUi();
  const { state, query } = view;
  if (state === 'loading') {
    return (
      <div {...slotProps('skeleton', classNames)}>
        <span className="pk-visually-hidden">{messages.loading}</span>
        {skeleton}
      </div>
    );
  }
  if (state === 'ready') return null;

  const failed = state === 'error';
  const kind = query.error?.kind;
  // Anonymous: Sign in. Failed: Sign in (again) where that is what helps, and then no Retry.
  const signInText = failed ? signInKey(kind) : 'signIn';
  const signIn = onSignIn && signInText && (
    <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
      {messages[signInText]}
    </ProfileButton>
  );
  // A retry under way keeps the button focusable, but it does nothing. A wrong client
  // setup fails the same way every time, and an expired or refused session fails until
  // the customer signs in, so neither gets a Retry.
  const retrying = query.isFetching;
  const retry = failed && kind !== 'config' && !signInKey(kind);
  return (
    <div
      role={failed ? 'alert' : undefined}
      {...slotProps('message', classNames)}
      data-tone={failed ? 'danger' : 'neutral'}
    >
      <p>{failed ? errorText('load', kind, messages) : anonymousText}</p>
      {(signIn || retry) && (
        <div {...slotProps('message-actions', classNames)}>
          {signIn}
          {retry && (
            <ProfileButton
              variant={signIn ? 'secondary' : 'primary'}
              classNames={classNames}
              aria-disabled={retrying || undefined}
              onClick={retrying ? undefined : () => void query.refetch()}
            >
              {messages.retry}
            </ProfileButton>
          )}
        </div>
      )}
    </div>
  );
}
