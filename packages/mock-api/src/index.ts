export type { ErrorDetail, ErrorMessage } from './contract/error-message.js';
export type { SiteErrorMessage } from './contract/site-errors.js';
export type { UnauthorizedFault } from './contract/unauthorized-faults.js';
export type { CustomerSeed } from './fixtures/customer-seed.js';
export { defaultTenant } from './fixtures/default-tenant.js';
export type {
  MockAccount,
  MockAddress,
  MockB2B,
  MockCustomer,
  MockLegalEntity,
  MockMetadata,
} from './fixtures/mock-customer.js';
export { mockPasswords } from './fixtures/mock-passwords.js';
export { mockProfiles } from './fixtures/mock-profiles.js';
export type { MockSite, MockSiteAddress } from './fixtures/mock-site.js';
export { mockSites } from './fixtures/mock-sites.js';
export { mockTokens } from './fixtures/mock-tokens.js';
export { createProfileApiMock } from './http/create-profile-api-mock.js';
export { defaultBaseUrl } from './http/default-base-url.js';
export type { ProfileApiMock, ProfileApiMockOptions } from './http/profile-api-mock.js';
export type { RecordedRequest } from './http/recorded-request.js';
export type {
  FailNextOptions,
  NetworkErrorOptions,
  ProfileApiFaults,
} from './store/profile-api-faults.js';
