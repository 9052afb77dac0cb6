import type { AddressMessages } from '../address-card/address-messages.js';
import { formatMessage } from '../i18n/format-message.js';
import type { AddressFormField } from './address-form-values.js';

// Fields whose every problem has one text of their own.
const fieldTexts: Partial<Record<AddressFormField, keyof AddressMessages>> = {
  contactName: 'addressErrorContactName',
  country: 'addressErrorCountry',
  contactPhone: 'addressErrorPhone',
};

/**
 * The customer-facing text for a problem with a field — a zod issue code, the form's own
 * `required` and `zip`, or an API `details[].type` — from the messages, never the schema's
 * or the server's English, so it follows the UI language.
 */
export function addressProblemText(
  field: AddressFormField,
  code: string | undefined,
  messages: AddressMessages,
  detail: Readonly<Record<string, unknown>> = {},
): string {
  if (code === 'too_big' && typeof detail.max === 'number') {
    return formatMessage(messages.addressErrorTooLong, { max: detail.max });
  }
  const own = fieldTexts[field];
  if (own) return messages[own];
  if (code === 'required' || code === 'missing_value') return messages.addressErrorRequired;
  if (code === 'zip') {
    return formatMessage(messages.addressErrorZipCode, { example: String(detail.example) });
  }
  return messages.addressErrorInvalid;
}
