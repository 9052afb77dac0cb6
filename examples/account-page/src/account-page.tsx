import { ProfileCard, ProfileForm, profileKitMessages } from '@profile-kit/components';
import { type ProfileClient, ProfileKitProvider, siteQueryOptions } from '@profile-kit/hooks';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { AddressesSection } from './addresses-section.js';
import { kitMessages, type Locale, pageText, titlesFor } from './page-text.js';
import { SecuritySection, securityTitle, useSecurityRoute } from './security-section.js';
import { ShopHeader } from './shop-header.js';
import { sites } from './site-config.js';
import { editButtonIn, focusFirstControlOnceReady } from './swap-focus.js';

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
          <ShopHeader
            locale={locale}
            onLocaleChange={setLocale}
            siteCode={siteCode}
            onSiteChange={setSiteCode}
            accounts={mode === 'mock' ? accounts : undefined}
            session={account?.session ?? ''}
            onSessionChange={switchAccount}
          />
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
