import { type HttpHandler, http } from 'msw';
import { handleProfileRequest, type ProfileRequestContext } from './handle-profile-request.js';
import { profilePath } from './profile-path.js';

function firstParam(value: string | readonly string[] | undefined): string {
  return (typeof value === 'string' ? value : value?.[0]) ?? '';
}

/**
 * The msw handlers of one mock: GET, PATCH and a catch-all for other methods (HEAD is
 * answered like GET, the rest 405), all on `${baseUrl}/customer/:tenant/me` and all
 * answering from `context`.
 *
 * @example
 * ```ts
 * setupServer(...createProfileHandlers('https://api.emporix.io', context));
 * ```
 */
export function createProfileHandlers(
  baseUrl: string,
  context: ProfileRequestContext,
): HttpHandler[] {
  const path = profilePath(baseUrl);
  return [
    http.get(path, ({ request, params }) =>
      handleProfileRequest(context, request, firstParam(params.tenant)),
    ),
    http.patch(path, ({ request, params }) =>
      handleProfileRequest(context, request, firstParam(params.tenant)),
    ),
    http.all(path, ({ request, params }) =>
      handleProfileRequest(context, request, firstParam(params.tenant)),
    ),
  ];
}
