// The `ErrorMessage.details` items the mock's body validators share.
import type { ErrorDetail } from './error-message.js';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function detail(field: string, type: string, message: string): ErrorDetail {
  return { field, type, message };
}

export function nullDetail(field: string): ErrorDetail {
  return detail(field, 'invalid_value', 'Must not be null; send an empty string to clear text.');
}

/** A detail for every `null` in `value`, at its dotted (and `[index]`) path. */
export function nullsInside(value: unknown, path: string): ErrorDetail[] {
  if (value === null) {
    return [nullDetail(path)];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => nullsInside(item, `${path}[${index}]`));
  }
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, inner]) => nullsInside(inner, `${path}.${key}`));
  }
  return [];
}

/** `null`, a wrong type or nothing to say about a value that must be a string. */
export function stringTypeProblem(field: string, value: unknown): ErrorDetail | undefined {
  if (value === null) {
    return nullDetail(field);
  }
  return typeof value === 'string' ? undefined : detail(field, 'invalid_type', 'Must be a string.');
}

/** `null`, a wrong type or nothing to say about a value that must be an object. */
export function checkObjectField(field: string, value: unknown): ErrorDetail | undefined {
  if (value === null) {
    return nullDetail(field);
  }
  return isPlainObject(value) ? undefined : detail(field, 'invalid_type', 'Must be an object.');
}

/** `mixins` and `metadata.mixins`: free-form objects, merged key by key, so no null inside. */
export function checkMixins(field: string, value: unknown): ErrorDetail[] {
  const problem = checkObjectField(field, value);
  if (problem !== undefined) {
    return [problem];
  }
  return nullsInside(value, field);
}
