import { type HttpHandler, http } from 'msw';
import { type AddressRoute, handleAddressRequest } from './handle-address-request.js';
import { type CredentialRoute, handleCredentialRequest } from './handle-credential-request.js';
import { handleProfileRequest, type ProfileRequestContext } from './handle-profile-request.js';
import { handleSiteRequest } from './handle-site-request.js';
import { addressPaths, credentialPaths, profilePath } from './profile-path.js';
import { sitePaths } from './site-paths.js';

function firstParam(value: string | readonly string[] | undefined): string {
  return (typeof value === 'string' ? value : value?.[0]) ?? '';
}

/**
 * The msw handlers of one mock, all answering from `context`: on
 * `${baseUrl}/customer/:tenant/me` GET, PATCH and a catch-all for other methods (HEAD is
 * answered like GET, the rest 405); on `…/me/addresses`, `…/addresses/:addressId` and
 * `…/addresses/:addressId/tags` one handler each for every method; on the credential paths
 * (`…/me/accounts/internal/email/change[/confirm]`, `/customer/:tenant/password/change`) too; on `${baseUrl}/site/:tenant/sites` and
 * `${baseUrl}/site/:tenant/sites/:siteCode` every method (reads served, see `handleSiteRequest`).
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
  const sites = sitePaths(baseUrl);
  const addresses = addressPaths(baseUrl);
  const addressHandler = (route: AddressRoute) =>
    http.all(addresses[route], ({ request, params }) =>
      handleAddressRequest(context, request, {
        route,
        tenant: firstParam(params.tenant),
        addressId: firstParam(params.addressId),
      }),
    );
  const credentials = credentialPaths(baseUrl);
  const credentialHandler = (route: CredentialRoute) =>
    http.all(credentials[route], ({ request, params }) =>
      handleCredentialRequest(context, request, route, firstParam(params.tenant)),
    );
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
    addressHandler('list'),
    addressHandler('item'),
    addressHandler('tags'),
    credentialHandler('emailChange'),
    credentialHandler('emailConfirm'),
    credentialHandler('passwordChange'),
    http.all(sites.list, ({ request, params }) =>
      handleSiteRequest(context, request, firstParam(params.tenant)),
    ),
    http.all(sites.one, ({ request, params }) =>
      handleSiteRequest(context, request, firstParam(params.tenant), firstParam(params.siteCode)),
    ),
  ];
}
