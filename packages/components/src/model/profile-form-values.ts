import type { CustomerProfile, ProfilePatch } from '@profile-kit/hooks';
import { get, set } from 'react-hook-form';
import { profileFormFields } from './profile-form-field-specs.js';

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
  const values = {} as ProfileFormValues;
  // Form paths are the profile's paths too (`b2b.companyRegistrationId`).
  for (const field of profileFormFields) set(values, field, get(profile, field) ?? '');
  return values;
}

/** One field's value, by its patch path. */
export function readFormField(values: ProfileFormValues, field: ProfileFormField): string {
  return get(values, field);
}
