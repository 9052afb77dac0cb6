import type { MockCustomer } from '../fixtures/mock-customer.js';
import { checkDataField } from './check-data-field.js';
import { b2bRequiredFields, isStringField, readOnlyFields } from './customer-patch-fields.js';
import {
  checkMixins,
  checkObjectField,
  detail,
  isPlainObject,
  nullDetail,
  stringTypeProblem,
} from './detail-helpers.js';
import type { ErrorDetail } from './error-message.js';
import { isEmail } from './is-email.js';

function checkString(field: string, value: string, stored: MockCustomer): ErrorDetail | undefined {
  switch (field) {
    case 'contactEmail':
      if (value === '') {
        return stored.contactEmail
          ? detail(field, 'cannot_unset', 'The contact email cannot be unset once present.')
          : undefined;
      }
      return isEmail(value)
        ? undefined
        : detail(field, 'invalid_value', 'Must be a valid email address.');
    default:
      return checkDataField(field, value);
  }
}

function checkStringField(field: string, value: unknown, stored: MockCustomer): ErrorDetail[] {
  const problem =
    typeof value === 'string' ? checkString(field, value, stored) : stringTypeProblem(field, value);
  return problem === undefined ? [] : [problem];
}

function checkB2b(value: unknown): ErrorDetail[] {
  const problem = checkObjectField('b2b', value);
  if (problem !== undefined || !isPlainObject(value)) {
    return problem === undefined ? [] : [problem];
  }
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = `b2b.${key}`;
    if (key === 'companyRegistrationId') {
      const problem =
        typeof inner === 'string' ? checkDataField(field, inner) : stringTypeProblem(field, inner);
      return problem === undefined ? [] : [problem];
    }
    if (key === 'legalEntities') {
      return [detail(field, 'read_only', 'This field cannot be changed.')];
    }
    return [detail(field, 'unknown_field', 'Unknown field.')];
  });
}

function checkMetadata(value: unknown): ErrorDetail[] {
  const problem = checkObjectField('metadata', value);
  if (problem !== undefined || !isPlainObject(value)) {
    return problem === undefined ? [] : [problem];
  }
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = `metadata.${key}`;
    if (key === 'version') {
      if (inner === null) {
        return [nullDetail(field)];
      }
      return typeof inner === 'number' && Number.isInteger(inner)
        ? []
        : [detail(field, 'invalid_type', 'Must be an integer.')];
    }
    if (key === 'mixins') {
      // BasicMetadataDto.mixins, the links to mixin schemas: writable like `mixins` itself.
      return checkMixins(field, inner);
    }
    return [detail(field, 'unknown_field', 'Unknown field.')];
  });
}

function checkB2bRule(body: Record<string, unknown>): ErrorDetail[] {
  const b2b = body.b2b;
  if (!isPlainObject(b2b) || typeof b2b.companyRegistrationId !== 'string') {
    return [];
  }
  return b2bRequiredFields
    .filter((field) => {
      const value = body[field];
      // Wrong types and nulls are already reported for the field itself.
      return value === undefined || (typeof value === 'string' && value.trim() === '');
    })
    .map((field) =>
      detail(field, 'missing_value', 'Required when b2b.companyRegistrationId is given.'),
    );
}

/**
 * Every problem of a PATCH body against `CustomerPatchDto` and the service's rules, as
 * `ErrorMessage.details` items; empty when the body is valid. `stored` is the current
 * profile (for "contactEmail cannot be unset").
 *
 * @example
 * ```ts
 * validatePatch({ preferredCurrency: 'EURO' }, stored);
 * // [{ field: 'preferredCurrency', type: 'invalid_value', message: '…' }]
 * ```
 */
export function validatePatch(body: Record<string, unknown>, stored: MockCustomer): ErrorDetail[] {
  const details = Object.entries(body).flatMap(([key, value]): ErrorDetail[] => {
    if (readOnlyFields.has(key)) {
      return [detail(key, 'read_only', 'This field cannot be changed.')];
    }
    if (isStringField(key)) {
      return checkStringField(key, value, stored);
    }
    switch (key) {
      case 'b2b':
        return checkB2b(value);
      case 'metadata':
        return checkMetadata(value);
      case 'mixins':
        return checkMixins(key, value);
      default:
        return [detail(key, 'unknown_field', 'Unknown field.')];
    }
  });
  const missing = checkB2bRule(body);
  // A blank required name is reported once, as missing, not also as invisible-only text.
  const missingFields = new Set(missing.map((item) => item.field));
  return [...details.filter((item) => !missingFields.has(item.field)), ...missing];
}
