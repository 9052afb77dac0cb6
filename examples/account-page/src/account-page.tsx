import {
  ProfileCard,
  ProfileForm,
  type ProfileKitMessages,
  profileKitMessages,
} from '@profile-kit/components';
import { de } from '@profile-kit/components/locales/de';
import { type ProfileClient, ProfileKitProvider, siteQueryOptions } from '@profile-kit/hooks';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { AddressesSection } from './addresses-section.js';
import { SecuritySection, securityTitle, useSecurityRoute } from './security-section.js';
import { sites } from './site-config.js';

/** Someone the page can be signed in as: a non-secret session id and their token. */
export interface Account {
  session: string;
  label: string;
  token: string;
}

export interface AccountPageProps {
  client: ProfileClient;
  queryClient: QueryClient;
  /** Real-API mode: the one configured token. Mock mode: demo customers to switch between. */
  accounts: readonly Account[];
  mode: 'real' | 'mock';
  /** Called before the session changes, so the token is in place for the next request. */
  onAccountChange: (account: Account | null) => void;
}

const pageText = {
  en: {
    shop: 'Northwind Outfitters',
    skipToProfile: 'Skip to your profile',
    account: 'My account',
    profile: 'Profile',
    orders: 'Orders',
    addresses: 'Addresses',
    language: 'Language',
    site: 'Shop',
    signedInAs: 'Demo customer',
    signedOut: 'Signed out',
    signInElsewhere: 'Sign-in is handled by your storefront; this page only shows the profile.',
    mockNote: 'Running on the embedded mock API: nothing leaves your browser.',
  },
  de: {
    shop: 'Northwind Outfitters',
    skipToProfile: 'Zum Profil springen',
    account: 'Mein Konto',
    profile: 'Profil',
    orders: 'Bestellungen',
    addresses: 'Adressen',
    language: 'Sprache',
    site: 'Shop',
    signedInAs: 'Demo-Kunde',
    signedOut: 'Abgemeldet',
    signInElsewhere: 'Die Anmeldung übernimmt Ihr Shop; diese Seite zeigt nur das Profil.',
    mockNote: 'Läuft auf der eingebauten Mock-API: nichts verlässt Ihren Browser.',
  },
} as const;

type Locale = keyof typeof pageText;

/** The kit's texts per page language: English is built in, German is opt-in. */
const kitMessages: Record<Locale, ProfileKitMessages | undefined> = { en: undefined, de };

/** Title codes per page language: German says "Frau" for both MRS and MS, so it offers one. */
const titlesFor: Record<Locale, readonly string[] | undefined> = {
  en: undefined,
  de: ['MR', 'MS', 'DR'],
};

/** The control to focus in the form: its first field (or, in a state without fields, a button). */
function firstControlIn(form: HTMLFormElement | null) {
  return form?.querySelector<HTMLElement>('[data-slot="field-control"], [data-slot="button"]');
}

/**
 * Focuses the form's first control as soon as it has one: while the form still waits for
 * the profile or the site it shows a skeleton, and the field comes a moment later.
 * Returns the cleanup for an effect.
 */
function focusFirstControlOnceReady(form: HTMLFormElement | null): () => void {
  const focused = () => {
    const control = firstControlIn(form);
    control?.focus();
    return Boolean(control);
  };
  if (!form || focused()) return () => {};
  const observer = new MutationObserver(() => focused() && observer.disconnect());
  observer.observe(form, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** The card's "Edit profile" button: the only button in its header (both are documented slots). */
function editButtonIn(card: HTMLElement | null) {
  return card?.querySelector<HTMLElement>('[data-slot="card-header"] [data-slot="button"]');
}

/** A storefront's "My account → Profile" page: shell, navigation, card and form. */
export function AccountPage({
  client,
  queryClient,
  accounts,
  mode,
  onAccountChange,
}: AccountPageProps) {
  const [account, setAccount] = useState<Account | null>(accounts[0] ?? null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [locale, setLocale] = useState<Locale>('en');
  const [siteCode, setSiteCode] = useState(sites[0]?.code ?? 'main');
  const [signInNote, setSignInNote] = useState(false);
  const text = pageText[locale];
  const messages = kitMessages[locale];
  const security = useSecurityRoute();

  // Edit, Save and Cancel each unmount the button that was pressed, so focus would fall to
  // <body>. They ask for focus to follow the swap; the effect moves it once the card or the
  // form is in the DOM. Other swaps (switching customers in the header) leave focus alone.
  const focusAfterSwap = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusAfterSwap.current) return;
    focusAfterSwap.current = false;
    if (editing) return focusFirstControlOnceReady(formRef.current);
    editButtonIn(cardRef.current)?.focus();
  }, [editing]);

  // The form's options come from the site (`siteCode`): read it with the page, not only
  // once the customer opens the form, so the form opens ready. The form reads the same
  // cache entry: still one request.
  useEffect(() => {
    void queryClient.prefetchQuery(siteQueryOptions({ client, siteCode }));
  }, [client, queryClient, siteCode]);

  function openForm() {
    focusAfterSwap.current = true;
    setSaved(false);
    setEditing(true);
  }

  function backToCard(afterSave: boolean) {
    focusAfterSwap.current = true;
    setSaved(afterSave);
    setEditing(false);
  }

  function switchAccount(session: string) {
    const next = accounts.find((candidate) => candidate.session === session) ?? null;
    onAccountChange(next);
    setAccount(next);
    setEditing(false);
    setSaved(false);
  }

  function signIn() {
    if (mode === 'mock') switchAccount(accounts[0]?.session ?? '');
    else setSignInNote(true);
  }

  return (
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session={account?.session ?? null}>
        {/* The shop follows the system's light or dark setting, and tells the kit to as well. */}
        <div className="shop" lang={locale} data-pk-color-scheme="system">
          {/* First in the focus order, shown once focused: past the header and the menu. */}
          <a className="skip-link" href="#profile">
            {text.skipToProfile}
          </a>
          <header className="shop-header">
            <a className="shop-logo" href="#profile">
              {text.shop}
            </a>
            <div className="shop-controls">
              <label>
                {text.site}{' '}
                <select value={siteCode} onChange={(event) => setSiteCode(event.target.value)}>
                  {sites.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {text.language}{' '}
                <select
                  value={locale}
                  onChange={(event) => setLocale(event.target.value as Locale)}
                >
                  <option value="en">English</option>
                  <option value="de">Deutsch</option>
                </select>
              </label>
              {mode === 'mock' && (
                <label>
                  {text.signedInAs}{' '}
                  <select
                    value={account?.session ?? ''}
                    onChange={(event) => switchAccount(event.target.value)}
                  >
                    {accounts.map((option) => (
                      <option key={option.session} value={option.session}>
                        {option.label}
                      </option>
                    ))}
                    <option value="">{text.signedOut}</option>
                  </select>
                </label>
              )}
            </div>
          </header>
          <div className="shop-body">
            <nav className="account-nav" aria-label={text.account}>
              <h2>{text.account}</h2>
              <ul>
                <li>
                  <a href="#profile" aria-current={security ? undefined : 'page'}>
                    {text.profile}
                  </a>
                </li>
                <li>
                  <a href="#orders">{text.orders}</a>
                </li>
                <li>
                  <a href="#addresses">{text.addresses}</a>
                </li>
                <li>
                  <a href="#security" aria-current={security ? 'page' : undefined}>
                    {securityTitle[locale]}
                  </a>
                </li>
              </ul>
            </nav>
            {/* Focusable from the skip link (tabIndex -1: not a stop of its own in the Tab order). */}
            <main id="profile" className="account-main" tabIndex={-1}>
              {security && <SecuritySection locale={locale} onSignIn={signIn} />}
              {!security && <h1>{text.profile}</h1>}
              {mode === 'mock' && <p className="shop-note">{text.mockNote}</p>}
              {signInNote && <p role="status">{text.signInElsewhere}</p>}
              {/*
               * The form's own "saved" status leaves with the form, so the page confirms the
               * save here, outside the swapped area. The live region is always in the DOM and
               * only its content changes: that is what screen readers announce (a region
               * inserted together with its text often is not). The kit's text, in the page's
               * language.
               */}
              <div role="status">
                {saved && (
                  <p className="shop-saved">{(messages ?? profileKitMessages.en).saveSuccess}</p>
                )}
              </div>
              {security ? null : editing ? (
                <ProfileForm
                  ref={formRef}
                  locale={locale}
                  messages={messages}
                  // The site's languages and currencies, read from Site Settings (one GET).
                  siteCode={siteCode}
                  sites={sites}
                  titles={titlesFor[locale]}
                  onSaved={() => backToCard(true)}
                  onCancel={() => backToCard(false)}
                  onSignIn={signIn}
                />
              ) : (
                <ProfileCard
                  ref={cardRef}
                  locale={locale}
                  messages={messages}
                  sites={sites}
                  onEdit={openForm}
                  onSignIn={signIn}
                />
              )}
              {!security && (
                <AddressesSection
                  locale={locale}
                  siteCode={siteCode}
                  signedIn={account !== null}
                  onSignIn={signIn}
                />
              )}
            </main>
          </div>
        </div>
      </ProfileKitProvider>
    </QueryClientProvider>
  );
}
