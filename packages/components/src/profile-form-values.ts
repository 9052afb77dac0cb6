import type { CustomerProfile, ProfilePatch } from '@profile-kit/hooks';

type TextPatchKey = Exclude<keyof ProfilePatch, 'b2b' | 'metadata' | 'mixins'>;
type B2bPatch = NonNullable<ProfilePatch['b2b']>;

/**
 * What `ProfileForm` edits: every editable field of the patch schema as a string, `''`
 * where the profile has no value. Derived from `ProfilePatch`, so a field added to the
 * schema shows up here.
 */
export type ProfileFormValues = { [Key in TextPatchKey]-?: NonNullable<ProfilePatch[Key]> } & {
  b2b: { [Key in keyof B2bPatch]-?: NonNullable<B2bPatch[Key]> };
};

/** A field of `ProfileForm`, named by its path in the patch: `firstName`, `b2b.companyRegistrationId`. */
export type ProfileFormField = TextPatchKey | `b2b.${keyof B2bPatch & string}`;

/** The form values for a profile as stored — legacy values included, untouched. */
export function toProfileFormValues(profile: CustomerProfile): ProfileFormValues {
  return {
    title: profile.title ?? '',
    firstName: profile.firstName ?? '',
    middleName: profile.middleName ?? '',
    lastName: profile.lastName ?? '',
    contactEmail: profile.contactEmail ?? '',
    contactPhone: profile.contactPhone ?? '',
    company: profile.company ?? '',
    preferredLanguage: profile.preferredLanguage ?? '',
    preferredCurrency: profile.preferredCurrency ?? '',
    preferredSite: profile.preferredSite ?? '',
    b2b: { companyRegistrationId: profile.b2b?.companyRegistrationId ?? '' },
  };
}

/** One field's value, by its patch path. */
export function readFormField(values: ProfileFormValues, field: ProfileFormField): string {
  return field === 'b2b.companyRegistrationId' ? values.b2b.companyRegistrationId : values[field];
}
