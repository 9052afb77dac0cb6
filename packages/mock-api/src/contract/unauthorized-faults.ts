/** The Apigee `fault` body of the contract's `401_unauthorized` response. */
export interface UnauthorizedFault {
  fault: { faultstring: string; detail: { errorcode: string } };
}

/**
 * The two 401 bodies of the contract, as the Apigee gateway sends them.
 *
 * @example
 * ```ts
 * HttpResponse.json(unauthorizedFaults.expired, { status: 401 });
 * ```
 */
export const unauthorizedFaults: {
  readonly invalid: UnauthorizedFault;
  readonly expired: UnauthorizedFault;
} = {
  invalid: {
    fault: {
      faultstring: 'Invalid access token',
      detail: { errorcode: 'oauth.v2.InvalidAccessToken' },
    },
  },
  expired: {
    fault: {
      faultstring: 'Access Token expired',
      detail: { errorcode: 'keymanagement.service.access_token_expired' },
    },
  },
};
