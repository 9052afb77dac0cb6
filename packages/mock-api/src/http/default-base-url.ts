/**
 * The API origin a mock answers for unless told otherwise: the contract's server URL.
 *
 * @example
 * ```ts
 * const url = `${defaultBaseUrl}/customer/${defaultTenant}/me`;
 * ```
 */
export const defaultBaseUrl = 'https://api.emporix.io';
