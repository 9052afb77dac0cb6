import { type AddressBodyKind, addressTextFields } from './address-fields.js';
import {
  checkMixins,
  checkObjectField,
  detail,
  isPlainObject,
  nullDetail,
  stringTypeProblem,
} from './detail-helpers.js';
import type { ErrorDetail } from './error-message.js';
import { checkCountryCode } from './iso/country-code.js';
import { dataReasonMessages } from './iso/data-reason-messages.js';
import { checkPhoneNumber } from './iso/phone-number.js';
import { checkProfileText } from './iso/profile-text.js';
import { tagProblem } from './tag-list.js';

function reason(field: string, key: keyof typeof dataReasonMessages, suggestion = ''): ErrorDetail {
  const message = dataReasonMessages[key].replace('{suggestion}', suggestion);
  return detail(field, 'invalid_value', `${message} (${key})`);
}

function checkText(field: string, value: string): ErrorDetail | undefined {
  switch (field) {
    case 'contactName':
      // `Address` requires it: it can be changed, never emptied.
      if (value.trim() === '') {
        return detail(field, 'missing_value', 'A contact name is required.');
      }
      break;
    case 'country': {
      // `Address.country` has minLength and maxLength 2: an ISO 3166-1 alpha-2 code, as sent.
      const verdict = checkCountryCode(value);
      if (!verdict.valid) return reason(field, verdict.reason);
      return verdict.value === value
        ? undefined
        : reason(field, 'country.not-canonical', verdict.value);
    }
    case 'contactPhone': {
      const verdict = checkPhoneNumber(value);
      return verdict.valid ? undefined : reason(field, verdict.reason);
    }
  }
  const verdict = checkProfileText(value);
  return verdict.valid ? undefined : reason(field, verdict.reason);
}

function checkTags(value: unknown): ErrorDetail[] {
  if (value === null) return [nullDetail('tags')];
  if (!Array.isArray(value))
    return [detail('tags', 'invalid_type', 'Must be an array of strings.')];
  return value.flatMap((tag, index) => {
    const field = `tags[${index}]`;
    const problem = stringTypeProblem(field, tag) ?? tagProblem(field, tag as string);
    return problem === undefined ? [] : [problem];
  });
}

function checkMetadata(value: unknown, kind: AddressBodyKind): ErrorDetail[] {
  const problem = checkObjectField('metadata', value);
  if (problem !== undefined || !isPlainObject(value)) {
    return problem === undefined ? [] : [problem];
  }
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = `metadata.${key}`;
    if (key === 'mixins') return checkMixins(field, inner);
    // AddressUpdateDto's metadata is DefaultDtoMetadata (with `version`); the create body's
    // is BasicMetadataDto (links to mixin schemas only).
    if (key === 'version' && kind === 'update') {
      if (inner === null) return [nullDetail(field)];
      return typeof inner === 'number' && Number.isInteger(inner)
        ? []
        : [detail(field, 'invalid_type', 'Must be an integer.')];
    }
    return [detail(field, 'unknown_field', 'Unknown field.')];
  });
}

function checkEntry(key: string, value: unknown, kind: AddressBodyKind): ErrorDetail[] {
  if (addressTextFields.has(key)) {
    const problem =
      typeof value === 'string' ? checkText(key, value) : stringTypeProblem(key, value);
    return problem === undefined ? [] : [problem];
  }
  switch (key) {
    case 'tags':
      return checkTags(value);
    case 'metadata':
      return checkMetadata(value, kind);
    case 'mixins':
      return checkMixins(key, value);
    case 'isDefault':
      // Only AddressUpdateDto has it: an address becomes the default by an update.
      if (kind === 'update') {
        return typeof value === 'boolean'
          ? []
          : [detail(key, value === null ? 'invalid_value' : 'invalid_type', 'Must be a boolean.')];
      }
      break;
    case 'id':
      return [detail(key, 'read_only', 'This field cannot be changed.')];
  }
  return [detail(key, 'unknown_field', 'Unknown field.')];
}

/**
 * Every problem of an address body against the contract's AddressCreateDto (`create`, POST)
 * or AddressUpdateDto (`update`, PATCH), as `ErrorMessage.details` items; empty when valid.
 * A new address needs a non-blank `contactName` (the one field `Address` requires).
 *
 * @example
 * ```ts
 * validateAddress({ country: 'Germany' }, 'create');
 * // [{ field: 'country', … }, { field: 'contactName', type: 'missing_value', … }]
 * ```
 */
export function validateAddress(
  body: Record<string, unknown>,
  kind: AddressBodyKind,
): ErrorDetail[] {
  const details = Object.entries(body).flatMap(([key, value]) => checkEntry(key, value, kind));
  if (kind === 'create' && body.contactName === undefined) {
    details.push(detail('contactName', 'missing_value', 'A contact name is required.'));
  }
  return details;
}
