import { normalizeFieldValue } from './normalize-field-value.js';
import { type ProfileFormValues, profileFormFields, readFormField } from './profile-form-fields.js';

/**
 * Whether a newer stored profile changed a field the customer is editing, to something
 * else than they typed: then the edits must stay on the version they were based on, so
 * saving answers 409 and shows the other value before anything of it is overwritten.
 */
export function editsClash(
  values: ProfileFormValues,
  stored: ProfileFormValues,
  base: ProfileFormValues,
  latest: ProfileFormValues,
): boolean {
  // Edited is compared as typed, like react-hook-form does when it keeps a field: an
  // edit of whitespace alone is still kept, so it must count here too.
  return profileFormFields.some((field) => {
    if (readFormField(values, field) === readFormField(stored, field)) return false;
    const theirs = normalizeFieldValue(field, readFormField(latest, field));
    return (
      theirs !== normalizeFieldValue(field, readFormField(base, field)) &&
      theirs !== normalizeFieldValue(field, readFormField(values, field))
    );
  });
}
