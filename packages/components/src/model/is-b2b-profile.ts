import type { CustomerProfile } from '@profile-kit/hooks';

/** Whether the customer buys for a company: B2B business model, or B2B data on the profile. */
export function isB2bProfile(profile: Pick<CustomerProfile, 'businessModel' | 'b2b'>): boolean {
  return profile.businessModel === 'B2B' || Boolean(profile.b2b?.companyRegistrationId);
}
