import type { ProfileKitMessages } from './en-messages.js';
import type { ProfileFormField } from './profile-form-values.js';

export interface ProfileFormFieldSpec {
  label: keyof ProfileKitMessages;
  /** `text` is a text box; the others are pickers (a text box for language and currency when the host lists no options). */
  control: 'text' | 'title' | 'language' | 'currency' | 'site';
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  description?: keyof ProfileKitMessages;
}

/** How each field is shown, in display order. Typed by field, so it stays in step with the schema. */
export const profileFormFieldSpecs: Readonly<Record<ProfileFormField, ProfileFormFieldSpec>> = {
  title: { label: 'labelTitle', control: 'title', autoComplete: 'honorific-prefix' },
  firstName: { label: 'labelFirstName', control: 'text', autoComplete: 'given-name' },
  middleName: { label: 'labelMiddleName', control: 'text', autoComplete: 'additional-name' },
  lastName: { label: 'labelLastName', control: 'text', autoComplete: 'family-name' },
  contactEmail: {
    label: 'labelContactEmail',
    control: 'text',
    type: 'email',
    autoComplete: 'email',
  },
  contactPhone: { label: 'labelContactPhone', control: 'text', type: 'tel', autoComplete: 'tel' },
  company: { label: 'labelCompany', control: 'text', autoComplete: 'organization' },
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
    control: 'text',
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
