import { cookies } from 'next/headers';

/**
 * The customer's access token. httpOnly: page scripts cannot read it, so it never reaches
 * the HTML, `document.cookie` or the browser's JavaScript; only this server sends it on.
 */
export const tokenCookie = 'pk_token';
/** A non-secret id of this sign-in, the kit's `session` (cache keys); never the token. */
export const sessionCookie = 'pk_session';

export const cookieOptions = (secure: boolean) =>
  ({ httpOnly: true, sameSite: 'lax', path: '/', secure }) as const;

/** This request's sign-in: both values, or nobody signed in. */
export async function readSignIn(): Promise<{ token: string; session: string } | null> {
  const store = await cookies();
  const token = store.get(tokenCookie)?.value;
  const session = store.get(sessionCookie)?.value;
  return token && session ? { token, session } : null;
}
