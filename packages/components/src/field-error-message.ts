import type { ProfileKitMessages } from './en-messages.js';
import { formatMessage } from './format-message.js';
import type { ProfileFormField } from './profile-form-values.js';

/** What went wrong with a field: a zod issue (`code`, `maximum`) or an API detail (`type`). */
export interface FieldProblem {
  code?: string | undefined;
  maximum?: unknown;
}

const requiredWithRegistrationId = new Set<string>(['firstName', 'lastName', 'company']);

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
  if (code === 'missing_value' || (code === 'custom' && requiredWithRegistrationId.has(field))) {
    return messages.errorRequiredWithRegistrationId;
  }
  switch (field) {
    case 'preferredCurrency':
      return messages.errorCurrency;
    case 'preferredLanguage':
      return messages.errorLanguage;
    case 'contactEmail':
      return messages.errorEmail;
    case 'contactPhone':
      return messages.errorPhone;
    case 'preferredSite':
      return messages.errorSiteRequired;
    default:
      return messages.errorInvalid;
  }
}
