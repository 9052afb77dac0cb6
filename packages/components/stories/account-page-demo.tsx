import { useEffect, useRef, useState } from 'react';
import { ProfileCard, ProfileForm, type ProfileKitMessages } from '../src/index.js';
import { storefrontSite, storefrontSites } from './storefront-site.js';

export interface AccountPageDemoProps {
  /** UI locale for the page and the kit (the Locale toolbar sets it). */
  locale?: string | undefined;
  /** The kit's texts for that locale (the Locale toolbar sets German ones with `de`). */
  messages?: Partial<ProfileKitMessages> | undefined;
  /** Called by Sign in (anonymous visitor, expired session). */
  onSignIn?: (() => void) | undefined;
}

const pageTitle = { en: 'My account', de: 'Mein Konto' } as const;

/**
 * A storefront's "My account" page as a host writes it: the card, Edit swaps in the
 * form, Save or Cancel swaps the card back. Focus follows the swap, so keyboard and
 * screen-reader users land on what replaced the control they used.
 */
export function AccountPageDemo({ locale = 'en', messages, onSignIn }: AccountPageDemoProps) {
  const [editing, setEditing] = useState(false);
  const [returned, setReturned] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const cardRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
    else if (returned) cardRef.current?.focus();
  }, [editing, returned]);

  const backToCard = () => {
    setReturned(true);
    setEditing(false);
  };

  return (
    <main>
      <h1>{locale.startsWith('de') ? pageTitle.de : pageTitle.en}</h1>
      {editing ? (
        <ProfileForm
          ref={formRef}
          locale={locale}
          messages={messages}
          languages={storefrontSite.languages}
          currencies={storefrontSite.availableCurrencies}
          sites={storefrontSites}
          onSaved={backToCard}
          onCancel={backToCard}
          onSignIn={onSignIn}
        />
      ) : (
        <ProfileCard
          ref={cardRef}
          // Focusable from script only: where focus lands after saving or cancelling.
          tabIndex={-1}
          locale={locale}
          messages={messages}
          sites={storefrontSites}
          timeZone="Europe/Berlin"
          onEdit={() => setEditing(true)}
          onSignIn={onSignIn}
        />
      )}
    </main>
  );
}
