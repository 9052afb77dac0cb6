import { seeOther } from '../../../server/see-other';
import { sessionCookie, tokenCookie } from '../../../server/sign-in-cookies';

/** Forgets the sign-in: both cookies go, and the browser is sent to the start page. */
export async function POST() {
  const response = seeOther('/');
  response.cookies.delete(tokenCookie);
  response.cookies.delete(sessionCookie);
  return response;
}
