import type { ProfileKitErrorKind } from '@profile-kit/hooks';

/** The text of the button that signs in, by why the customer has to. */
export type SignInKey = 'signIn' | 'signInAgain';

/**
 * Which sign-in a failure calls for: an expired session (401) is "Sign in again", a
 * session that may not see or change the profile (403, e.g. an anonymous token) is
 * "Sign in"; any other failure needs no sign-in. Trying again helps with neither.
 */
export function signInKey(kind: ProfileKitErrorKind | undefined): SignInKey | undefined {
  if (kind === 'unauthorized') return 'signInAgain';
  if (kind === 'forbidden') return 'signIn';
  return undefined;
}
