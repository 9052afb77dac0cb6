import { ProfileCard, ProfileForm, type ProfileKitMessages } from '@profile-kit/components';
import { de } from '@profile-kit/components/locales/de';
import { type ProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
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
  const [locale, setLocale] = useState<Locale>('en');
  const [siteCode, setSiteCode] = useState(sites[0]?.code ?? 'main');
  const [signInNote, setSignInNote] = useState(false);
  const site = sites.find((candidate) => candidate.code === siteCode) ?? sites[0];
  const text = pageText[locale];

  function switchAccount(session: string) {
    const next = accounts.find((candidate) => candidate.session === session) ?? null;
    onAccountChange(next);
    setAccount(next);
    setEditing(false);
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
                  <a href="#profile" aria-current="page">
                    {text.profile}
                  </a>
                </li>
                <li>
                  <a href="#orders">{text.orders}</a>
                </li>
                <li>
                  <a href="#addresses">{text.addresses}</a>
                </li>
              </ul>
            </nav>
            <main id="profile" className="account-main">
              <h1>{text.profile}</h1>
              {mode === 'mock' && <p className="shop-note">{text.mockNote}</p>}
              {signInNote && <p role="status">{text.signInElsewhere}</p>}
              {editing ? (
                <ProfileForm
                  locale={locale}
                  messages={kitMessages[locale]}
                  languages={site?.languages}
                  currencies={site?.availableCurrencies}
                  sites={sites}
                  onSaved={() => setEditing(false)}
                  onCancel={() => setEditing(false)}
                  onSignIn={signIn}
                />
              ) : (
                <ProfileCard
                  locale={locale}
                  messages={kitMessages[locale]}
                  sites={sites}
                  onEdit={() => setEditing(true)}
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
