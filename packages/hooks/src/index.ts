export type {
  GetProfileOptions,
  ProfileClient,
  UpdateProfileOptions,
} from './create-profile-client.js';
export { createProfileClient } from './create-profile-client.js';
export type { CurrencyCode } from './currency-code-schema.js';
export { currencyCodeSchema } from './currency-code-schema.js';
export type { CustomerProfileQueryInput } from './customer-profile-query-options.js';
export { customerProfileQueryOptions } from './customer-profile-query-options.js';
export type { CustomerAddress, CustomerProfile, LegalEntity } from './customer-profile-schema.js';
export {
  customerAddressSchema,
  customerProfileSchema,
  legalEntitySchema,
} from './customer-profile-schema.js';
export { anonymousCustomerNumber, isAnonymousProfile } from './is-anonymous-profile.js';
export { toBcp47LanguageTag, toProfileLanguageTag } from './language-tag.js';
export type { LanguageTag } from './language-tag-schema.js';
export { languageTagSchema } from './language-tag-schema.js';
export { mergeProfilePatch } from './merge-profile-patch.js';
export type {
  AccessToken,
  AccessTokenSource,
  ProfileClientConfig,
} from './profile-client-config.js';
export { defaultBaseUrl, defaultTimeoutMs } from './profile-client-config.js';
export type { ProfileExpand } from './profile-expand.js';
export { profileExpandSchema } from './profile-expand.js';
export type { ProfileKitContextValue } from './profile-kit-context.js';
export { useProfileKit } from './profile-kit-context.js';
export type {
  ProfileFieldError,
  ProfileKitErrorKind,
  ProfileKitErrorOptions,
} from './profile-kit-error.js';
export { isProfileKitError, ProfileKitError, profileKitErrorKinds } from './profile-kit-error.js';
export type { ProfileKitProviderProps } from './profile-kit-provider.js';
export { ProfileKitProvider } from './profile-kit-provider.js';
export type { ProfilePatch, ValidProfilePatch } from './profile-patch-schema.js';
export { b2bRequiredFields, profilePatchSchema } from './profile-patch-schema.js';
export type { CustomerProfileQueryKey } from './profile-query-keys.js';
export { profileQueryKeys } from './profile-query-keys.js';
export { profileRetryDelay, shouldRetryProfileRequest } from './profile-request-retry.js';
export type { Tenant } from './tenant-schema.js';
export { tenantSchema } from './tenant-schema.js';
export type { UseCustomerProfileOptions } from './use-customer-profile.js';
export { useCustomerProfile } from './use-customer-profile.js';
export type { UseSuspenseCustomerProfileOptions } from './use-suspense-customer-profile.js';
export { useSuspenseCustomerProfile } from './use-suspense-customer-profile.js';
export type { UseUpdateProfileOptions } from './use-update-profile.js';
export { useUpdateProfile } from './use-update-profile.js';
