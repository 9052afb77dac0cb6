// The contract's `tenant` path parameter: pattern plus 3–16 chars.
const tenantPattern = /^[a-z][a-z0-9]+$/;

/**
 * Whether `tenant` satisfies the contract's tenant rule (3–16 chars, `^[a-z][a-z0-9]+$`).
 *
 * @example
 * ```ts
 * isValidTenant('demo'); // true
 * isValidTenant('Demo'); // false
 * ```
 */
export function isValidTenant(tenant: string): boolean {
  return tenant.length >= 3 && tenant.length <= 16 && tenantPattern.test(tenant);
}
