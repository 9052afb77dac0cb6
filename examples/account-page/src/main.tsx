import { createProfileClient } from '@profile-kit/hooks';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@profile-kit/components/styles.css';
import './account-page.css';
import { type Account, AccountPage } from './account-page.js';
import { readApiMode } from './api-mode.js';
import { ConfirmEmailPage } from './confirm-email-page.js';

async function start() {
  const mode = readApiMode(import.meta.env);
  let accounts: readonly Account[];
  let connection: { baseUrl: string; tenant: string };
  let anonymousToken: string | undefined;
  if (mode.kind === 'real') {
    accounts = [{ session: 'customer', label: 'Signed in', token: mode.token }];
    connection = mode;
    anonymousToken = mode.anonymousToken;
  } else {
    // Loaded only in mock mode: in real-API mode no mock code is fetched at all.
    const { startEmbeddedMock, demoAccounts } = await import('./embedded-mock.js');
    connection = await startEmbeddedMock();
    accounts = demoAccounts;
    anonymousToken = demoAccounts.find((account) => account.session === 'visitor')?.token;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  // The link in the email-change mail: confirmed without a sign-in, under the anonymous token.
  const emailToken = new URLSearchParams(window.location.search).get('emailToken');
  if (emailToken !== null) {
    // Read once, then out of the address bar: not kept in the history, a bookmark or the
    // Referer of a link followed from the page.
    const address = new URL(window.location.href);
    address.searchParams.delete('emailToken');
    window.history.replaceState(window.history.state, '', address);
    createRoot(root).render(
      <StrictMode>
        <ConfirmEmailPage {...connection} emailToken={emailToken} anonymousToken={anonymousToken} />
      </StrictMode>,
    );
    return;
  }

  let signedIn = accounts[0] ?? null;
  const client = createProfileClient({
    tenant: connection.tenant,
    baseUrl: connection.baseUrl,
    // The token and whose it is, so no request of one customer goes out with another's.
    getAccessToken: () => ({ token: signedIn?.token ?? null, session: signedIn?.session ?? null }),
  });
  // A minute before the profile counts as stale: the card and the form swap on Edit, Save
  // and Cancel, and with TanStack Query's default of 0 each swap would read it again.
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
  createRoot(root).render(
    <StrictMode>
      <AccountPage
        client={client}
        queryClient={queryClient}
        accounts={accounts}
        mode={mode.kind}
        onAccountChange={(account) => {
          signedIn = account;
        }}
      />
    </StrictMode>,
  );
}

void start();
