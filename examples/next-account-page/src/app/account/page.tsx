// A server component: runs per request, on the server only.
import { createProfileClient, customerProfileQueryOptions } from '@profile-kit/hooks';
import { addressListQueryOptions } from '@profile-kit/hooks/addresses';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { emporixConfig } from '../../server/emporix-config';
import { readSignIn } from '../../server/sign-in-cookies';
import { AccountProfile } from './account-profile';

export default async function AccountPage() {
  const { apiUrl, tenant } = emporixConfig();
  const signIn = await readSignIn(); // this request's httpOnly cookies
  // Per request: one cache and one token per customer, never shared between requests.
  const queryClient = new QueryClient();
  if (signIn) {
    const client = createProfileClient({
      tenant,
      baseUrl: apiUrl,
      getAccessToken: () => ({ token: signIn.token, session: signIn.session }),
    });
    // Both at once. A failure is not cached for the browser: it reads again and shows the
    // error state.
    await Promise.all([
      queryClient.prefetchQuery(customerProfileQueryOptions({ client, session: signIn.session })),
      queryClient.prefetchQuery(addressListQueryOptions({ client, session: signIn.session })),
    ]);
  }
  return (
    <main className="account">
      <h1>My account</h1>
      {/* Only the profile, the addresses and the session id cross to the browser; the token stays here. */}
      <AccountProfile
        tenant={tenant}
        session={signIn?.session ?? null}
        state={dehydrate(queryClient)}
      />
    </main>
  );
}
