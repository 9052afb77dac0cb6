export { createProfileApiMock } from './create-profile-api-mock.js';
export { defaultBaseUrl } from './default-base-url.js';
export { defaultTenant } from './default-tenant.js';
export type { ErrorDetail, ErrorMessage } from './error-message.js';
export type {
  MockAccount,
  MockAddress,
  MockB2B,
  MockCustomer,
  MockLegalEntity,
  MockMetadata,
} from './mock-customer.js';
export { mockProfiles } from './mock-profiles.js';
export { mockTokens } from './mock-tokens.js';
export type {
  CustomerSeed,
  FailNextOptions,
  NetworkErrorOptions,
  ProfileApiFaults,
  ProfileApiMock,
  ProfileApiMockOptions,
} from './profile-api-mock.js';
export type { RecordedRequest } from './recorded-request.js';
export type { UnauthorizedFault } from './unauthorized-faults.js';
