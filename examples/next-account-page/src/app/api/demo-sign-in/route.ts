import type { NextRequest } from 'next/server';
import { seeOther } from '../../../server/see-other';
import { cookieOptions, sessionCookie, tokenCookie } from '../../../server/sign-in-cookies';

/**
 * DEMO ONLY: "signs in" by storing the token from `DEMO_SIGN_IN_TOKEN` (for example the
 * mock API's `mock-customer-token`) in the httpOnly cookie. A real shop sets the same two
 * cookies from its own login (the customer token Emporix's customer login returns).
 * Without `DEMO_SIGN_IN_TOKEN` this route answers 404.
 */
export async function POST(request: NextRequest) {
  const token = process.env.DEMO_SIGN_IN_TOKEN;
  if (!token) return new Response(null, { status: 404 });
  const options = cookieOptions(request.nextUrl.protocol === 'https:');
  // 303: the browser follows with a GET of the account page, now with the cookies.
  const response = seeOther('/account');
  response.cookies.set(tokenCookie, token, options);
  response.cookies.set(sessionCookie, crypto.randomUUID(), options);
  return response;
}
