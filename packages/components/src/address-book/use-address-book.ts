'use client';
import type { CustomerAddress, ProfileKitError, ProfileKitErrorKind } from '@profile-kit/hooks';
import {
  useAddAddress,
  useRemoveAddress,
  useSetDefaultAddress,
} from '@profile-kit/hooks/addresses';
import { onlineManager } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AddressMessages } from '../address-card/address-messages.js';
import { formatMessage } from '../i18n/format-message.js';
import { restoreDraft } from './restore-draft.js';

/**
 * What the book shows besides the list: nothing open, the add form, or one address in its
 * form — with the address as it was opened, so the form and its typed edits stay even if
 * the address leaves the list meanwhile (removed in another tab).
 */
export type AddressBookMode =
  | { open: 'none' }
  | { open: 'add' }
  | { open: 'edit'; id: string; address: CustomerAddress };

/** The outcome of the last action, announced: a success (with Undo after a removal) or a failure. */
export interface AddressBookNotice {
  text: string;
  failed?: boolean;
  /** The session expired: the way on is to sign in again. */
  signIn?: boolean;
  undo?: CustomerAddress | undefined;
}

/** What a failed remove, undo or make-default says: nothing was typed, so no "changes kept". */
function bookErrorKey(kind: ProfileKitErrorKind): keyof AddressMessages {
  if (kind === 'network' && !onlineManager.isOnline()) return 'addressBookOffline';
  if (kind === 'unauthorized') return 'addressBookSessionExpired';
  if (kind === 'not-found') return 'addressErrorNotFound';
  if (kind === 'rate-limited') return 'addressErrorRateLimited';
  return 'addressBookActionFailed';
}

/** Where focus goes once the list has rendered after an action. */
type FocusTarget = { card: string } | { action: 'edit' | 'add'; id?: string } | 'heading';

/**
 * The address book's state and actions: which form is open, the last outcome, and focus
 * after each action — to the new card after an add, back to Edit after an edit, to the
 * list heading after a removal (its card is gone), to the restored card after Undo.
 */
export function useAddressBook(text: AddressMessages) {
  const root = useRef<HTMLElement>(null);
  const [mode, setMode] = useState<AddressBookMode>({ open: 'none' });
  const [notice, setNotice] = useState<AddressBookNotice>();
  const [focus, setFocus] = useState<FocusTarget>();
  const add = useAddAddress();
  const remove = useRemoveAddress();
  const setDefault = useSetDefaultAddress();

  // Runs after every render until the target is there (a new card appears once the POST answers).
  useEffect(() => {
    if (!focus || !root.current) return;
    let target: Element | null;
    if (focus === 'heading')
      target = root.current.querySelector('[data-slot="address-book-title"]');
    else if ('card' in focus)
      target = root.current.querySelector(`[data-address-id="${focus.card}"]`);
    else if (focus.action === 'add') target = root.current.querySelector('[data-action="add"]');
    else {
      // Back to the card's Edit button — or, when the card is gone (removed elsewhere while
      // its form was open), to the heading.
      const card = root.current.querySelector(`[data-address-id="${focus.id}"]`);
      target = card
        ? card.querySelector('[data-action="edit"]')
        : root.current.querySelector('[data-slot="address-book-title"]');
    }
    if (target instanceof HTMLElement) {
      target.focus();
      setFocus(undefined);
    }
  });

  const name = (address: CustomerAddress) => address.contactName?.trim() || text.addressUntitled;
  const say = (template: string, address: CustomerAddress, undo?: CustomerAddress) =>
    setNotice({ text: formatMessage(template, { name: name(address) }), undo });
  const failed = (error: ProfileKitError) =>
    setNotice({
      text: text[bookErrorKey(error.kind)],
      failed: true,
      signIn: error.kind === 'unauthorized',
    });

  return {
    root,
    mode,
    notice,
    openAdd: () => {
      setNotice(undefined);
      setMode({ open: 'add' });
    },
    openEdit: (address: CustomerAddress) => {
      setNotice(undefined);
      if (address.id) setMode({ open: 'edit', id: address.id, address });
    },
    closed: (address?: CustomerAddress) => {
      const was = mode;
      setMode({ open: 'none' });
      if (was.open === 'edit') {
        setFocus({ action: 'edit', id: was.id });
        if (address) say(text.addressBookUpdated, address);
      } else if (address?.id) {
        setFocus({ card: address.id });
        say(text.addressBookAdded, address);
      } else setFocus({ action: 'add' });
    },
    remove: (address: CustomerAddress) => {
      if (!address.id) return;
      setMode({ open: 'none' });
      setFocus('heading');
      remove.mutate(address.id, {
        onSuccess: () => say(text.addressBookRemoved, address, address),
        onError: failed,
      });
    },
    undo: (address: CustomerAddress) => {
      add.mutate(restoreDraft(address), {
        onSuccess: (added) => {
          setFocus({ card: added.id ?? '' });
          say(text.addressBookRestored, added);
          if (address.isDefault && added.id) setDefault.mutate(added.id, { onError: failed });
        },
        onError: failed,
      });
    },
    makeDefault: (address: CustomerAddress) => {
      if (!address.id) return;
      setFocus({ card: address.id });
      setDefault.mutate(address.id, {
        onSuccess: () => say(text.addressBookDefaultSet, address),
        onError: failed,
      });
    },
  };
}
