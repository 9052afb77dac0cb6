'use client';
import { isProfileKitError } from '@profile-kit/hooks';
import { onlineManager, type UseQueryResult } from '@tanstack/react-query';
import type { AddressMessages } from '../address-card/address-messages.js';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AddressBookClassNames } from './address-book-slot.js';

export interface AddressBookStatusProps {
  query: Pick<
    UseQueryResult<unknown>,
    'isPending' | 'isError' | 'error' | 'isFetching' | 'refetch'
  >;
  text: AddressMessages;
  classNames: AddressBookClassNames | undefined;
  onSignIn: (() => void) | undefined;
}

// Two cards of a typical address: a name, three lines and the buttons.
const placeholders = ['first', 'second'];
const bars = [
  ['name', 'title'],
  ['street', 'value'],
  ['place', 'value'],
  ['country', 'value'],
  ['actions', 'button'],
] as const;

/**
 * What stands in for the list: a skeleton of two cards while it loads (only the hidden
 * "Loading your addresses…" is read out), or the load error with Try again — offline, that
 * the list loads once the connection is back (it does, by itself); for an expired session,
 * that it expired and "Sign in again" (trying again would fail the same way). Nothing once
 * the list is there.
 */
export function AddressBookStatus({ query, text, classNames, onSignIn }: AddressBookStatusProps) {
  if (query.isPending) {
    return (
      <div {...slotProps('skeleton', classNames)}>
        <span className="pk-visually-hidden">{text.addressBookLoading}</span>
        {placeholders.map((key) => (
          <div key={key} {...slotProps('skeleton-group', classNames)} data-shape="address">
            {bars.map(([key, shape]) => (
              <span
                key={key}
                aria-hidden="true"
                {...slotProps('skeleton-line', classNames)}
                data-shape={shape}
              />
            ))}
          </div>
        ))}
      </div>
    );
  }
  if (!query.isError) return null;
  const expired = isProfileKitError(query.error, 'unauthorized');
  const offline = isProfileKitError(query.error, 'network') && !onlineManager.isOnline();
  return (
    <div role="alert" {...slotProps('message', classNames)} data-tone="danger">
      <p>
        {expired
          ? text.addressBookSessionExpired
          : offline
            ? text.addressBookLoadOffline
            : text.addressBookLoadError}
      </p>
      <div {...slotProps('message-actions', classNames)}>
        {expired ? (
          onSignIn && (
            <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
              {text.addressSignInAgain}
            </ProfileButton>
          )
        ) : (
          <ProfileButton
            variant="primary"
            classNames={classNames}
            aria-disabled={query.isFetching || undefined}
            onClick={query.isFetching ? undefined : () => void query.refetch()}
          >
            {text.addressBookRetry}
          </ProfileButton>
        )}
      </div>
    </div>
  );
}
