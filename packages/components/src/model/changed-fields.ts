import { normalizeFieldValue } from './normalize-field-value.js';
import {
  type ProfileFormField,
  type ProfileFormValues,
  readFormField,
} from './profile-form-fields.js';

/** The fields whose values differ between two versions of the form values. */
export function changedFields(
  before: ProfileFormValues,
  after: ProfileFormValues,
  fields: readonly ProfileFormField[],
): ProfileFormField[] {
  return fields.filter(
    (field) =>
      normalizeFieldValue(field, readFormField(before, field)) !==
      normalizeFieldValue(field, readFormField(after, field)),
  );
}
