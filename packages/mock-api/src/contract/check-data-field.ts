// The data rules (contract/iso/, generated from the hooks' schema/iso/) applied to one PATCH
// field, as the wire rule in contracts/cases/README.md says: codes must arrive canonical,
// phones and texts as their rule accepts them.
import type { ErrorDetail } from './error-message.js';
import { checkCurrencyCode } from './iso/currency-code.js';
import { type DataReason, dataReasonMessages } from './iso/data-reason-messages.js';
import type { DataVerdict } from './iso/data-verdict.js';
import { checkLanguageTag } from './iso/language-tag.js';
import { checkPhoneNumber } from './iso/phone-number.js';
import { checkProfileText } from './iso/profile-text.js';

const textFields: ReadonlySet<string> = new Set([
  'title',
  'firstName',
  'middleName',
  'lastName',
  'company',
  'b2b.companyRegistrationId',
]);

function reasonDetail(field: string, reason: DataReason, suggestion?: string): ErrorDetail {
  const message = dataReasonMessages[reason].replace('{suggestion}', suggestion ?? '');
  return { field, type: 'invalid_value', message: `${message} (${reason})` };
}

function verdictDetail(field: string, verdict: DataVerdict<DataReason>): ErrorDetail | undefined {
  return verdict.valid ? undefined : reasonDetail(field, verdict.reason);
}

// A code the rule would rewrite (`eur` → `EUR`) is refused: the service stores what it gets.
function canonicalDetail(
  field: string,
  input: string,
  verdict: DataVerdict<DataReason>,
  notCanonical: DataReason,
): ErrorDetail | undefined {
  if (!verdict.valid) {
    return reasonDetail(field, verdict.reason);
  }
  return verdict.value === input ? undefined : reasonDetail(field, notCanonical, verdict.value);
}

/**
 * The detail refusing a string `value` of `field` under the data rules, or `undefined`
 * when the rules accept it (or have nothing to say about the field).
 *
 * @example
 * ```ts
 * checkDataField('preferredCurrency', 'eur'); // { field, type: 'invalid_value', message: '… EUR. (currency.not-canonical)' }
 * ```
 */
export function checkDataField(field: string, value: string): ErrorDetail | undefined {
  switch (field) {
    case 'preferredCurrency':
      return canonicalDetail(field, value, checkCurrencyCode(value), 'currency.not-canonical');
    case 'preferredLanguage':
      return canonicalDetail(field, value, checkLanguageTag(value), 'language.not-canonical');
    case 'contactPhone':
      return verdictDetail(field, checkPhoneNumber(value));
    default:
      return textFields.has(field) ? verdictDetail(field, checkProfileText(value)) : undefined;
  }
}

/** `body` with `contactPhone` as the phone rule saves it (no `tel:`, ordinary spaces, trimmed). */
export function normalizeDataFields(body: Record<string, unknown>): Record<string, unknown> {
  const phone = body.contactPhone;
  if (typeof phone !== 'string') {
    return body;
  }
  const verdict = checkPhoneNumber(phone);
  return verdict.valid ? { ...body, contactPhone: verdict.value } : body;
}
