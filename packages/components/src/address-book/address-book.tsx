'use client';
import { useAddresses } from '@profile-kit/hooks/addresses';
import { type ComponentPropsWithRef, forwardRef, useId, useImperativeHandle, useMemo } from 'react';
import { AddressCard } from '../address-card/address-card.js';
import { enAddressMessages } from '../address-card/address-messages.js';
import { AddressForm, type AddressFormProps } from '../address-form/address-form.js';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AddressBookClassNames } from './address-book-slot.js';
import { AddressBookStatus } from './address-book-status.js';
import { defaultFirst } from './restore-draft.js';
import { useAddressBook } from './use-address-book.js';

/**
 * What the book passes on to its forms — the countries (`countries`, `site` or `siteCode`),
 * the locale, the texts and the sign-in — typed once, by `AddressForm`.
 */
type AddressFormSettings = Pick<
  AddressFormProps,
  'countries' | 'site' | 'siteCode' | 'locale' | 'messages' | 'onSignIn'
>;

export interface AddressBookProps
  extends Omit<ComponentPropsWithRef<'section'>, 'children'>,
    AddressFormSettings {
  classNames?: AddressBookClassNames | undefined;
  /** Level of the book's heading; cards and forms are one level below. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
}

/**
 * The signed-in customer's address book: every address as an `AddressCard`, the default
 * first (and never two defaults shown), with its billing and shipping tags; Add opens an
 * `AddressForm` below the list, Edit opens one in the card's place; Remove takes the card
 * away at once and offers Undo (the address is added again, under a new id); Make default
 * moves the card to the top. Loading shows a skeleton of two cards, a failed read an
 * error with Try again, an empty book says so. Each outcome is announced in one status
 * region, and focus follows: the new card after an add, Edit after an edit, the heading
 * after a removal.
 *
 * Needs a `ProfileKitProvider` (and the host's `QueryClientProvider`) above it.
 *
 * @example
 * ```tsx
 * <AddressBook siteCode="main" locale="de-DE" messages={deAddressMessages} />
 * ```
 */
export const AddressBook = forwardRef<HTMLElement, AddressBookProps>(function AddressBook(
  {
    countries,
    site,
    siteCode,
    locale = 'en',
    messages,
    classNames,
    className,
    headingLevel = 2,
    onSignIn,
    ...props
  },
  ref,
) {
  const text = useMemo(() => ({ ...enAddressMessages, ...messages }), [messages]);
  const titleId = useId();
  const book = useAddressBook(text);
  useImperativeHandle(ref, () => book.root.current as HTMLElement);
  const query = useAddresses();
  const addresses = defaultFirst(query.data ?? []);
  const Heading = `h${headingLevel}` as const;
  const level = (headingLevel + 1) as 3 | 4 | 5 | 6;
  const shared = {
    countries,
    site,
    siteCode,
    locale,
    messages: text,
    classNames,
    headingLevel: level,
    onSignIn,
  };
  const { mode, notice } = book;
  // The address being edited left the list (removed elsewhere): its form stays in the list
  // (same key, so the same form and what was typed); saving it says the address is gone.
  const shown =
    mode.open === 'edit' && !addresses.some((address) => address.id === mode.id)
      ? [...addresses, mode.address]
      : addresses;

  return (
    <section
      aria-labelledby={titleId}
      {...props}
      ref={book.root}
      {...slotProps('address-book', classNames, className)}
    >
      <Heading id={titleId} tabIndex={-1} {...slotProps('address-book-title', classNames)}>
        {text.addressBookTitle}
      </Heading>
      {/* The polite status is always in the page, so its text is announced when it arrives; a failure is an alert, announced as it appears. */}
      <div role="status" {...slotProps('address-book-notice', classNames)}>
        {notice && !notice.failed && <p>{notice.text}</p>}
        {notice?.undo && (
          <ProfileButton
            variant="secondary"
            classNames={classNames}
            onClick={() => notice.undo && book.undo(notice.undo)}
          >
            {text.addressBookUndo}
          </ProfileButton>
        )}
      </div>
      {notice?.failed && (
        <div role="alert" {...slotProps('address-book-notice', classNames)} data-tone="danger">
          <p>{notice.text}</p>
          {notice.signIn && onSignIn && (
            <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
              {text.addressSignInAgain}
            </ProfileButton>
          )}
        </div>
      )}
      <AddressBookStatus query={query} text={text} classNames={classNames} onSignIn={onSignIn} />
      {query.isSuccess && addresses.length === 0 && mode.open !== 'add' && (
        <p {...slotProps('address-book-empty', classNames)}>{text.addressBookEmpty}</p>
      )}
      {shown.length > 0 && (
        <ul {...slotProps('address-book-list', classNames)} aria-label={text.addressBookTitle}>
          {shown.map((address) => (
            <li key={address.id} {...slotProps('address-book-item', classNames)}>
              {mode.open === 'edit' && mode.id === address.id ? (
                <AddressForm
                  {...shared}
                  address={address}
                  onSaved={book.closed}
                  onCancel={() => book.closed()}
                />
              ) : (
                <AddressCard
                  address={address}
                  locale={locale}
                  messages={text}
                  classNames={classNames}
                  headingLevel={level}
                  tabIndex={-1}
                  data-address-id={address.id}
                  onEdit={book.openEdit}
                  onRemove={book.remove}
                  onSetDefault={book.makeDefault}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {mode.open === 'add' ? (
        <AddressForm {...shared} onSaved={book.closed} onCancel={() => book.closed()} />
      ) : (
        query.isSuccess && (
          <ProfileButton
            variant="primary"
            classNames={classNames}
            data-action="add"
            onClick={book.openAdd}
          >
            {text.addressBookAdd}
          </ProfileButton>
        )
      )}
    </section>
  );
});
