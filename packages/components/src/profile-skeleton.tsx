'use client';
import { useProfileKitUi } from './profile-kit-ui-context.js';
import type { ProfileStateSlot } from './profile-state-slot.js';
import { slotProps } from './slot-props.js';

const lineKeys = ['name', 'email', 'phone', 'preferences'] as const;

export interface ProfileSkeletonProps {
  classNames?: Partial<Record<ProfileStateSlot, string>> | undefined;
}

/** Placeholder lines while the profile loads; only the hidden "Loading your profile…" is read out. */
export function ProfileSkeleton({ classNames }: ProfileSkeletonProps) {
  const { messages } = useProfileKitUi();
  return (
    <div {...slotProps('skeleton', classNames)}>
      <span className="pk-visually-hidden">{messages.loading}</span>
      {lineKeys.map((key) => (
        <span key={key} aria-hidden="true" {...slotProps('skeleton-line', classNames)} />
      ))}
    </div>
  );
}
