/**
 * The tenant a mock serves unless told otherwise. It satisfies the contract's tenant
 * rule (3–16 chars, `^[a-z][a-z0-9]+$`).
 *
 * @example
 * ```ts
 * const url = `${defaultBaseUrl}/customer/${defaultTenant}/me`;
 * ```
 */
export const defaultTenant = 'demo';
