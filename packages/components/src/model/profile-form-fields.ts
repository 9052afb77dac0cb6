import type { CustomerProfile, ProfilePatch } from '@profile-kit/hooks';
import type { InputHTMLAttributes } from 'react';
import { get, set } from 'react-hook-form';

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

type FieldName<Field> = Field extends `b2b.${infer Name}` ? Name : Field;
/** A field's label key in the messages is its name: `labelFirstName`, `labelCompanyRegistrationId`. */
export type ProfileFormLabelKey = `label${Capitalize<FieldName<ProfileFormField>>}`;

/**
 * What a field holds — free text, or a code from a list — which decides how it is edited
 * (a text box or a picker), normalised, validated as a code and shown.
 */
export type ProfileFieldKind = 'text' | 'title' | 'language' | 'currency' | 'site';

/** A field's kind, and its text box's attributes (a picker takes `autoComplete` only). */
export interface ProfileFormFieldSpec
  extends Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'type' | 'autoComplete' | 'dir' | 'spellCheck' | 'autoCapitalize'
  > {
  kind: ProfileFieldKind;
}

// Codes are not words: no spell check, no capitalising the first letter.
const code = { spellCheck: false, autoCapitalize: 'none' } as const;

/**
 * The one table of the form's fields, in display order: what each holds and how its text
 * box behaves. Everything else — normalising, patches, pickers, labels, formatting —
 * reads it. Typed by field, so it stays in step with the schema.
 */
export const profileFormFieldSpecs: Readonly<Record<ProfileFormField, ProfileFormFieldSpec>> = {
  title: { kind: 'title', autoComplete: 'honorific-prefix' },
  firstName: { kind: 'text', autoComplete: 'given-name' },
  middleName: { kind: 'text', autoComplete: 'additional-name' },
  lastName: { kind: 'text', autoComplete: 'family-name' },
  // Email addresses and phone numbers read left to right on right-to-left pages too.
  contactEmail: {
    kind: 'text',
    type: 'email',
    autoComplete: 'email',
    dir: 'ltr',
    spellCheck: false,
  },
  contactPhone: { kind: 'text', type: 'tel', autoComplete: 'tel', dir: 'ltr' },
  company: { kind: 'text', autoComplete: 'organization' },
  preferredLanguage: { kind: 'language', ...code },
  preferredCurrency: { kind: 'currency', ...code, autoCapitalize: 'characters' },
  preferredSite: { kind: 'site' },
  'b2b.companyRegistrationId': { kind: 'text', autoComplete: 'off' },
};

/** Every field `ProfileForm` can show, in display order. */
export const profileFormFields = Object.keys(profileFormFieldSpecs) as ProfileFormField[];

/** Narrows a dotted patch path (from zod or the API's `details[]`) to a form field. */
export function isProfileFormField(path: string): path is ProfileFormField {
  return Object.hasOwn(profileFormFieldSpecs, path);
}

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
