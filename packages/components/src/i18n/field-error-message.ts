import { b2bRequiredFields, type DataReason } from '@profile-kit/hooks';
import { nameRemovedCode } from '../model/kept-names.js';
import type { ProfileFormField } from '../model/profile-form-fields.js';
import type { ProfileKitMessages } from './en-messages.js';
import { formatMessage } from './format-message.js';

/** What went wrong with a field: a zod issue (`code`, `maximum`, a data rule's `reason`) or an API detail (`type`). */
export interface FieldProblem {
  code?: string | undefined;
  maximum?: unknown;
  reason?: DataReason | undefined;
}

/** The data rules' refusals a customer can act on, each with its own text. */
const reasonTexts: Partial<Record<DataReason, keyof ProfileKitMessages>> = {
  'phone.too-short': 'errorPhoneTooShort',
  'phone.too-long': 'errorPhoneTooLong',
  'currency.withdrawn': 'errorCurrencyWithdrawn',
  'currency.not-a-currency': 'errorCurrencyNotMoney',
  'text.control-character': 'errorTextControl',
  'text.lone-surrogate': 'errorTextBroken',
  'text.invisible-only': 'errorTextInvisible',
};

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
  { code, maximum, reason }: FieldProblem,
  messages: ProfileKitMessages,
): string {
  const reasonText = reason && reasonTexts[reason];
  if (reasonText) return messages[reasonText];
  if (code === 'too_big' && typeof maximum === 'number') {
    return formatMessage(messages.errorTooLong, { max: maximum });
  }
  if (code === nameRemovedCode) {
    return messages[field === 'firstName' ? 'errorFirstNameRequired' : 'errorLastNameRequired'];
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
