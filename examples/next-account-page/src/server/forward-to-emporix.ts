import type { NextRequest } from 'next/server';
import { readSignIn } from './sign-in-cookies';

/** Headers of the API's answer the browser's client reads; nothing else is passed on. */
const answeredHeaders = ['content-type', 'retry-after'];

/** An answer shaped like the API's own (`ErrorMessage`), so the kit maps it to its kind. */
function errorAnswer(status: number, type: string, message: string) {
  return Response.json(
    { status, type, message },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
}

/**
 * A PATCH from another site would carry the cookie's authority (SameSite=Lax already
 * keeps the cookie off cross-site fetches; this is the second lock).
 */
function isCrossOrigin(request: NextRequest) {
  const origin = request.headers.get('origin');
  return origin !== null && new URL(origin).host !== request.headers.get('host');
}

/**
 * What may follow `/me`: nothing (the profile), or the address book — the list, one
 * address, its tags. Anything else is refused: the proxy is no open relay to the API.
 */
const underMe = /^(?:\/addresses(?:\/[A-Za-z0-9_-]+(?:\/tags)?)?)?$/;

/**
 * Sends the browser's request to `{apiUrl}/customer/{tenant}/me{below}` (`below`: `""` or
 * an address book path) with the customer's token from the httpOnly cookie in place of the
 * placeholder the browser sent. The token goes only to the API: never into the answer, a
 * header to the browser or a log.
 */
export async function forwardToEmporix(
  request: NextRequest,
  tenant: string,
  config: { apiUrl: string; tenant: string },
  below = '',
): Promise<Response> {
  // Only this shop's tenant and the account's own paths: no open relay to the API.
  if (tenant !== config.tenant) return errorAnswer(404, 'resource_not_found', 'Unknown tenant.');
  if (!underMe.test(below)) return errorAnswer(404, 'resource_not_found', 'Unknown path.');
  if (request.method !== 'GET' && isCrossOrigin(request)) {
    return errorAnswer(403, 'Forbidden', 'Cross-origin requests are not accepted.');
  }
  const signIn = await readSignIn();
  if (!signIn) {
    const fault = {
      faultstring: 'Not signed in',
      detail: { errorcode: 'oauth.v2.InvalidAccessToken' },
    };
    return Response.json({ fault }, { status: 401 });
  }
  const headers = new Headers({
    Accept: 'application/json',
    Authorization: `Bearer ${signIn.token}`,
  });
  const contentType = request.headers.get('content-type');
  if (contentType) headers.set('Content-Type', contentType);
  let answer: Response;
  try {
    answer = await fetch(
      `${config.apiUrl}/customer/${tenant}/me${below}${request.nextUrl.search}`,
      {
        method: request.method,
        headers,
        body:
          request.method === 'PATCH' || request.method === 'POST'
            ? await request.text()
            : undefined,
        // A redirect is never followed: the token and a PATCH body stay with the API's origin.
        redirect: 'manual',
        cache: 'no-store',
        signal: request.signal,
      },
    );
  } catch {
    // Nothing logged: the error could carry request details.
    return errorAnswer(502, 'bad_gateway', 'The account service could not be reached.');
  }
  if (answer.status >= 300 && answer.status < 400) {
    return errorAnswer(502, 'bad_gateway', 'The account service answered with a redirect.');
  }
  const passed = new Headers({ 'Cache-Control': 'no-store' });
  for (const name of answeredHeaders) {
    const value = answer.headers.get(name);
    if (value) passed.set(name, value);
  }
  // An API that echoes the token in an error text must not hand it to the browser.
  const body = (await answer.text()).replaceAll(signIn.token, '[redacted]');
  return new Response(answer.status === 204 || body === '' ? null : body, {
    status: answer.status,
    headers: passed,
  });
}
