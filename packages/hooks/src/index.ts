export type { AccessTokenStore } from './client/create-access-token-store.js';
export { createAccessTokenStore } from './client/create-access-token-store.js';
export type {
  GetProfileOptions,
  ProfileClient,
  UpdateProfileOptions,
} from './client/create-profile-client.js';
export { createProfileClient } from './client/create-profile-client.js';
export type { RequestOptions, RequestPath } from './client/create-request-sender.js';
export type {
  AccessToken,
  AccessTokenSource,
  ProfileClientConfig,
} from './client/profile-client-config.js';
export { defaultBaseUrl, defaultTimeoutMs } from './client/profile-client-config.js';
export type {
  ProfileFieldError,
  ProfileKitErrorKind,
  ProfileKitErrorOptions,
} from './client/profile-kit-error.js';
export {
  isProfileKitError,
  ProfileKitError,
  profileKitErrorKinds,
} from './client/profile-kit-error.js';
export type { CustomerProfileQueryInput } from './query/customer-profile-query-options.js';
export { customerProfileQueryOptions } from './query/customer-profile-query-options.js';
export type { CustomerProfileQueryKey, SiteQueryKey } from './query/profile-query-keys.js';
export { profileQueryKeys } from './query/profile-query-keys.js';
export { profileRetryDelay, shouldRetryProfileRequest } from './query/profile-request-retry.js';
export type { SiteQueryInput } from './query/site-query-options.js';
export { siteQueryOptions } from './query/site-query-options.js';
export type { ProfileKitContextValue } from './react/profile-kit-context.js';
export { useProfileKit } from './react/profile-kit-context.js';
export type { ProfileKitProviderProps } from './react/profile-kit-provider.js';
export { ProfileKitProvider } from './react/profile-kit-provider.js';
export type { UseCustomerProfileOptions } from './react/use-customer-profile.js';
export { useCustomerProfile } from './react/use-customer-profile.js';
export type { UseSiteOptions } from './react/use-site.js';
export { useSite } from './react/use-site.js';
export type { UseSuspenseCustomerProfileOptions } from './react/use-suspense-customer-profile.js';
export { useSuspenseCustomerProfile } from './react/use-suspense-customer-profile.js';
export type { UseUpdateProfileOptions } from './react/use-update-profile.js';
export { useUpdateProfile } from './react/use-update-profile.js';
export { activeCurrencyCodes, isoLanguageCodes } from './schema/code-lists.js';
export type { CurrencyCode } from './schema/currency-code-schema.js';
export { currencyCodeSchema } from './schema/currency-code-schema.js';
export type {
  CustomerAddress,
  CustomerProfile,
  LegalEntity,
} from './schema/customer-profile-schema.js';
export {
  customerAddressSchema,
  customerProfileSchema,
  legalEntitySchema,
} from './schema/customer-profile-schema.js';
export { anonymousCustomerNumber, isAnonymousProfile } from './schema/is-anonymous-profile.js';
export type { DataReason } from './schema/iso/data-reason-messages.js';
export { dataReasonMessages } from './schema/iso/data-reason-messages.js';
export { toBcp47LanguageTag, toProfileLanguageTag } from './schema/language-tag.js';
export type { LanguageTag } from './schema/language-tag-schema.js';
export { languageTagSchema } from './schema/language-tag-schema.js';
export { mergeProfilePatch } from './schema/merge-profile-patch.js';
export type { ProfileExpand } from './schema/profile-expand.js';
export { profileExpandSchema } from './schema/profile-expand.js';
export type { ProfilePatch, ValidProfilePatch } from './schema/profile-patch-schema.js';
export { b2bRequiredFields, profilePatchSchema } from './schema/profile-patch-schema.js';
export type { SiteCode } from './schema/site-code-schema.js';
export { siteCodeSchema } from './schema/site-code-schema.js';
export type { Site } from './schema/site-schema.js';
export { siteSchema } from './schema/site-schema.js';
export type { Tenant } from './schema/tenant-schema.js';
export { tenantSchema } from './schema/tenant-schema.js';
