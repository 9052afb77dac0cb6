import type { CustomerProfile } from './customer-profile-schema.js';

/** The customer number Emporix gives the profile behind an anonymous access token. */
export const anonymousCustomerNumber = '00000000';

/**
 * Whether a profile is the anonymous visitor's (an anonymous access token), not a
 * signed-in customer's: customer number `00000000` and no accounts.
 *
 * @example
 * if (isAnonymousProfile(profile)) return <SignInPrompt />;
 */
export function isAnonymousProfile(profile: Pick<CustomerProfile, 'customerNumber' | 'accounts'>) {
  return profile.customerNumber === anonymousCustomerNumber && !profile.accounts?.length;
}
