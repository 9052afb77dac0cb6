import type { InputHTMLAttributes } from 'react';
import type { PickerKind } from '../profile-form/picker-model.js';
import type { ProfileFormField } from './profile-form-values.js';

export interface ProfileFormFieldSpec
  extends Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'type' | 'autoComplete' | 'dir' | 'spellCheck' | 'autoCapitalize'
  > {
  /** A picker (a text box for language and currency when the host lists no options); none is a text box. */
  control?: PickerKind;
}

// Codes are not words: no spell check, no capitalising the first letter.
const code = { spellCheck: false, autoCapitalize: 'none' } as const;

/**
 * How each field is shown, in display order, with its text box's attributes (a picker
 * takes `autoComplete` only). Typed by field, so it stays in step with the schema.
 */
export const profileFormFieldSpecs: Readonly<Record<ProfileFormField, ProfileFormFieldSpec>> = {
  title: { control: 'title', autoComplete: 'honorific-prefix' },
  firstName: { autoComplete: 'given-name' },
  middleName: { autoComplete: 'additional-name' },
  lastName: { autoComplete: 'family-name' },
  // Email addresses and phone numbers read left to right on right-to-left pages too.
  contactEmail: { type: 'email', autoComplete: 'email', dir: 'ltr', spellCheck: false },
  contactPhone: { type: 'tel', autoComplete: 'tel', dir: 'ltr' },
  company: { autoComplete: 'organization' },
  preferredLanguage: { control: 'language', ...code },
  preferredCurrency: { control: 'currency', ...code, autoCapitalize: 'characters' },
  preferredSite: { control: 'site' },
  'b2b.companyRegistrationId': { autoComplete: 'off' },
};

/** Every field `ProfileForm` can show, in display order. */
export const profileFormFields = Object.keys(profileFormFieldSpecs) as ProfileFormField[];

/** Narrows a dotted patch path (from zod or the API's `details[]`) to a form field. */
export function isProfileFormField(path: string): path is ProfileFormField {
  return Object.hasOwn(profileFormFieldSpecs, path);
}
