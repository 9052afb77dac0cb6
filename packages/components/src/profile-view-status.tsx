'use client';
import { ProfileLoadError } from './profile-load-error.js';
import { ProfileSkeleton } from './profile-skeleton.js';
import type { ProfileStateSlot } from './profile-state-slot.js';
import { SignInPrompt } from './sign-in-prompt.js';
import type { useProfileView } from './use-profile-view.js';

export interface ProfileViewStatusProps {
  view: ReturnType<typeof useProfileView>;
  /** What the sign-in prompt says: the card and the form word it differently. */
  anonymousText: string;
  onSignIn?: (() => void) | undefined;
  classNames?: Partial<Record<ProfileStateSlot, string>> | undefined;
}

/** The loading skeleton, the load error with Retry, or the sign-in prompt; nothing when ready. */
export function ProfileViewStatus({
  view,
  anonymousText,
  onSignIn,
  classNames,
}: ProfileViewStatusProps) {
  const { state, query } = view;
  if (state === 'loading') return <ProfileSkeleton classNames={classNames} />;
  if (state === 'anonymous') {
    return <SignInPrompt text={anonymousText} onSignIn={onSignIn} classNames={classNames} />;
  }
  if (state === 'error') {
    return (
      <ProfileLoadError
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
        onSignIn={onSignIn}
        classNames={classNames}
      />
    );
  }
  return null;
}
