/**
 * Bearer tokens the mock understands out of the box.
 *
 * `customer`, `b2bCustomer`, `otherCustomer` and `anonymous` are seeded by default;
 * `expired` is always answered with the 401 "Access Token expired" fault, whatever the seed.
 *
 * @example
 * ```ts
 * await mock.fetch(`${defaultBaseUrl}/customer/${defaultTenant}/me`, {
 *   headers: { Authorization: `Bearer ${mockTokens.customer}` },
 * });
 * ```
 */
export const mockTokens = {
  customer: 'mock-customer-token',
  b2bCustomer: 'mock-b2b-customer-token',
  otherCustomer: 'mock-other-customer-token',
  anonymous: 'mock-anonymous-token',
  expired: 'mock-expired-token',
} as const;
