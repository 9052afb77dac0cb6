import type { ProfileKitMessages } from './en-messages.js';
import type { PickerKind } from './picker-model.js';
import type { ProfileFormField } from './profile-form-values.js';

export interface ProfileFormFieldSpec {
  label: keyof ProfileKitMessages;
  /** A picker (a text box for language and currency when the host lists no options); none is a text box. */
  control?: PickerKind;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  description?: keyof ProfileKitMessages;
}

/** How each field is shown, in display order. Typed by field, so it stays in step with the schema. */
export const profileFormFieldSpecs: Readonly<Record<ProfileFormField, ProfileFormFieldSpec>> = {
  title: { label: 'labelTitle', control: 'title', autoComplete: 'honorific-prefix' },
  firstName: { label: 'labelFirstName', autoComplete: 'given-name' },
  middleName: { label: 'labelMiddleName', autoComplete: 'additional-name' },
  lastName: { label: 'labelLastName', autoComplete: 'family-name' },
  contactEmail: {
    label: 'labelContactEmail',
    type: 'email',
    autoComplete: 'email',
  },
  contactPhone: { label: 'labelContactPhone', type: 'tel', autoComplete: 'tel' },
  company: { label: 'labelCompany', autoComplete: 'organization' },
  preferredLanguage: {
    label: 'labelPreferredLanguage',
    control: 'language',
    description: 'descriptionPreferredLanguage',
  },
  preferredCurrency: {
    label: 'labelPreferredCurrency',
    control: 'currency',
    description: 'descriptionPreferredCurrency',
  },
  preferredSite: { label: 'labelPreferredSite', control: 'site' },
  'b2b.companyRegistrationId': {
    label: 'labelCompanyRegistrationId',
    autoComplete: 'off',
    description: 'descriptionCompanyRegistrationId',
  },
};

/** Every field `ProfileForm` can show, in display order. */
export const profileFormFields = Object.keys(profileFormFieldSpecs) as ProfileFormField[];

/** Narrows a dotted patch path (from zod or the API's `details[]`) to a form field. */
export function isProfileFormField(path: string): path is ProfileFormField {
  return Object.hasOwn(profileFormFieldSpecs, path);
}
