'use client';
import { type ComponentPropsWithRef, forwardRef } from 'react';
import { slotProps } from '../field/slot-props.js';
import type { ProfileStateSlot } from './profile-state-slot.js';

export interface ProfileButtonProps extends ComponentPropsWithRef<'button'> {
  variant: 'primary' | 'secondary';
  classNames?: Partial<Record<ProfileStateSlot, string>> | undefined;
}

/** The kit's button (`.pk-button`, `data-slot="button"`, `data-variant`); `type="button"` unless told otherwise. */
export const ProfileButton = forwardRef<HTMLButtonElement, ProfileButtonProps>(
  function ProfileButton({ variant, classNames, className, type = 'button', ...props }, ref) {
    return (
      <button
        type={type}
        {...props}
        ref={ref}
        {...slotProps('button', classNames, className)}
        data-variant={variant}
      />
    );
  },
);
