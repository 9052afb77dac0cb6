/** An `ErrorMessage` of the site-settings contract: its `details` carry only a `message`. */
export interface SiteErrorMessage {
  status: number;
  type: string;
  message: string;
  details?: { message: string }[];
}

/**
 * The site-settings contract's error bodies. The 404 example spells `type` as
 * `application/json` (a copy slip: the schema asks for lower case with underscores), so
 * `resource_not_found` is used, as in the same contract's mixin 404.
 *
 * @example
 * ```ts
 * jsonResponse(siteErrors.notFound('uk'), 404);
 * ```
 */
export const siteErrors = {
  notFound(siteCode: string): SiteErrorMessage {
    return {
      status: 404,
      type: 'resource_not_found',
      message: 'Site not Found',
      details: [{ message: `Couldn't find a site with code '${siteCode}'` }],
    };
  },
  // The contract's 403 example: reading inactive sites and every write need this scope,
  // which no storefront token (customer or anonymous) has.
  missingManageScope(): SiteErrorMessage {
    return {
      type: 'Forbidden',
      status: 403,
      message: 'User not authorized',
      details: [{ message: 'Missing required scopes [site.site_manage]' }],
    };
  },
} as const;
