import { errorMessage } from '../contract/error-message.js';
import { siteErrors } from '../contract/site-errors.js';
import { checkBearer } from './check-bearer.js';
import type { ProfileRequestContext } from './handle-profile-request.js';
import { invalidTenantResponse, servesTenant } from './invalid-tenant-response.js';
import { jsonResponse } from './json-response.js';
import { toRecordedRequest } from './to-recorded-request.js';
import { withoutBody } from './without-body.js';

// The contract's writes on sites; they need `site.site_manage`, which no mock token has.
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function answerRead(
  context: ProfileRequestContext,
  url: URL,
  siteCode: string | undefined,
): Response {
  const includeInactive = url.searchParams.get('includeInactive') === 'true';
  if (siteCode === undefined) {
    if (includeInactive) {
      return jsonResponse(siteErrors.missingManageScope(), 403);
    }
    const active = context.sites.list().filter((site) => site.active !== false);
    const count: Record<string, string> =
      url.searchParams.get('totalCount') === 'true' ? { 'X-Count': String(active.length) } : {};
    return jsonResponse(active, 200, count);
  }
  const site = context.sites.find(siteCode);
  if (site === undefined) {
    return jsonResponse(siteErrors.notFound(siteCode), 404);
  }
  return site.active === false
    ? jsonResponse(siteErrors.missingManageScope(), 403)
    : jsonResponse(site, 200);
}

function answer(
  context: ProfileRequestContext,
  request: Request,
  method: string,
  tenant: string,
  siteCode: string | undefined,
): Response {
  const bearer = checkBearer(context.state, request.headers.get('Authorization'));
  if (bearer.kind === 'refused') {
    return bearer.response;
  }
  if (!servesTenant(context.tenant, tenant)) {
    return invalidTenantResponse();
  }
  if (writeMethods.has(method)) {
    return jsonResponse(siteErrors.missingManageScope(), 403);
  }
  return answerRead(context, new URL(request.url), siteCode);
}

/**
 * Answers `/site/{tenant}/sites` (the list, without `siteCode`) and
 * `/site/{tenant}/sites/{siteCode}` like a storefront sees them: record, method (`405`
 * unless GET, HEAD or one of the contract's writes), bearer (`401`; customer and anonymous
 * tokens both read sites), tenant (`400`), then `403` for writes and inactive sites (they
 * need `site.site_manage`), `404` for an unknown code, else `200` with the `SiteDto`.
 * The profile's faults do not apply here.
 *
 * @example
 * ```ts
 * http.get(one, ({ request, params }) => handleSiteRequest(context, request, 'demo', 'main'));
 * ```
 */
export async function handleSiteRequest(
  context: ProfileRequestContext,
  request: Request,
  tenant: string,
  siteCode?: string,
): Promise<Response> {
  const method = request.method.toUpperCase();
  const bodyText = request.body === null ? '' : await request.clone().text();
  context.log.push(toRecordedRequest(request, bodyText));
  if (method !== 'GET' && method !== 'HEAD' && !writeMethods.has(method)) {
    const allow = ['GET', 'HEAD', ...writeMethods].join(', ');
    return jsonResponse(
      errorMessage(405, 'method_not_allowed', `Method ${method} is not allowed on this resource.`),
      405,
      { Allow: allow },
    );
  }
  const response = answer(context, request, method, tenant, siteCode);
  return method === 'HEAD' ? withoutBody(response) : response;
}
