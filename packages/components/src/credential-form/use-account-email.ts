'use client';
import { useProfileView } from '../view/use-profile-view.js';

/**
 * The email the customer signs in with — the internal account's id, else the contact
 * email — and the state of the profile it is read from (`anonymous` when nobody is signed
 * in). A host that knows the email passes it and the profile is still read for the state.
 */
export function useAccountEmail(given: string | undefined) {
  const view = useProfileView();
  const accounts = view.profile?.accounts ?? [];
  const fromAccounts = accounts.find((account) => account.id?.includes('@'))?.id;
  const email = given ?? fromAccounts ?? view.profile?.contactEmail ?? undefined;
  return { state: view.state, email, query: view.query };
}
