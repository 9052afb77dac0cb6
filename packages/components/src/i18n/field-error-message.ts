import { b2bRequiredFields } from '@profile-kit/hooks';
import type { ProfileFormField } from '../model/profile-form-fields.js';
import type { ProfileKitMessages } from './en-messages.js';
import { formatMessage } from './format-message.js';

/** What went wrong with a field: a zod issue (`code`, `maximum`) or an API detail (`type`). */
export interface FieldProblem {
  code?: string | undefined;
  maximum?: unknown;
}

/** What any other problem with these fields means; other fields just read "not valid". */
const fieldTexts: Partial<Record<ProfileFormField, keyof ProfileKitMessages>> = {
  preferredCurrency: 'errorCurrency',
  preferredLanguage: 'errorLanguage',
  contactEmail: 'errorEmail',
  contactPhone: 'errorPhone',
  preferredSite: 'errorSiteRequired',
};

/**
 * The customer-facing text for a field problem, from the messages — never the schema's
 * or the server's English, so every error follows the UI language. Client issues and
 * server `details[]` map to the same texts.
 */
export function fieldErrorMessage(
  field: ProfileFormField,
  { code, maximum }: FieldProblem,
  messages: ProfileKitMessages,
): string {
  if (code === 'too_big' && typeof maximum === 'number') {
    return formatMessage(messages.errorTooLong, { max: maximum });
  }
  if (code === 'cannot_unset' || (field === 'contactEmail' && code === 'too_small')) {
    return messages.errorEmailRequired;
  }
  if (
    code === 'missing_value' ||
    (code === 'custom' && (b2bRequiredFields as readonly string[]).includes(field))
  ) {
    return messages.errorRequiredWithRegistrationId;
  }
  return messages[fieldTexts[field] ?? 'errorInvalid'];
}
