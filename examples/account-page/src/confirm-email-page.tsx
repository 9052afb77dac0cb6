import { ConfirmEmailChange } from '@profile-kit/components/account';
import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { createProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

export interface ConfirmEmailPageProps {
  tenant: string;
  baseUrl: string;
  /** The token from the mail link (`?emailToken=`). */
  emailToken: string;
  /** The storefront's anonymous token: the contract's security for the confirm call. */
  anonymousToken: string | undefined;
}

const pageText = {
  en: {
    title: 'Confirm your new email',
    back: 'To my account',
    noToken: 'Set VITE_EMPORIX_ANONYMOUS_TOKEN to confirm here.',
  },
  de: {
    title: 'Neue E-Mail bestätigen',
    back: 'Zu meinem Konto',
    noToken: 'Setzen Sie VITE_EMPORIX_ANONYMOUS_TOKEN, um hier zu bestätigen.',
  },
} as const;

/**
 * The page the email-change mail links to. Nobody needs to be signed in: its own client
 * sends the storefront's anonymous token, never a customer's. The page's language follows
 * the browser's.
 */
export function ConfirmEmailPage({
  tenant,
  baseUrl,
  emailToken,
  anonymousToken,
}: ConfirmEmailPageProps) {
  const locale = navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
  const text = pageText[locale];
  const [kit] = useState(() => ({
    client: createProfileClient({
      tenant,
      baseUrl,
      getAccessToken: () => ({ token: anonymousToken ?? null, session: 'visitor' }),
    }),
    queryClient: new QueryClient(),
  }));
  const toAccount = () => window.location.assign(window.location.pathname);
  return (
    <QueryClientProvider client={kit.queryClient}>
      <ProfileKitProvider client={kit.client} session="visitor">
        <div className="shop" lang={locale} data-pk-color-scheme="system">
          <main className="account-main confirm-page">
            <h1>{text.title}</h1>
            {anonymousToken === undefined ? (
              <p role="alert">{text.noToken}</p>
            ) : (
              <ConfirmEmailChange
                token={emailToken}
                locale={locale}
                messages={locale === 'de' ? deAccountMessages : undefined}
                onContinue={toAccount}
                onSignIn={toAccount}
              />
            )}
          </main>
        </div>
      </ProfileKitProvider>
    </QueryClientProvider>
  );
}
