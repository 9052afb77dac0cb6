import { b2bRequiredFields, type ProfilePatch } from '@profile-kit/hooks';
import { normalizeFieldValue } from './normalize-field-value.js';
import {
  type ProfileFormField,
  type ProfileFormValues,
  readFormField,
} from './profile-form-fields.js';

export interface ProfilePatchDraft {
  patch: ProfilePatch;
  /** The fields the customer changed; empty when there is nothing to save. */
  changed: ProfileFormField[];
}

/**
 * The patch for what the customer changed: each of `fields` whose value differs from
 * the stored one, a cleared field as `""`. A field has changed when its value differs from
 * the stored one both as typed and once normalized: an edit of whitespace alone is no
 * change (unless the stored value has stray whitespace itself, which a save trims), but a
 * stored legacy form (`de-DE`, `eur`) replaced by the valid one is. With a
 * company registration id it also carries first name, last name and company, which the
 * contract requires alongside.
 * `metadata.version` is the version the edits are based on, so a change made elsewhere
 * meanwhile is refused (409) instead of overwritten. Untouched fields are never sent, so
 * an invalid legacy value the customer did not touch cannot block saving.
 */
export function buildProfilePatch(
  values: ProfileFormValues,
  stored: ProfileFormValues,
  fields: readonly ProfileFormField[],
  version: number | undefined,
): ProfilePatchDraft {
  const patch: ProfilePatch = {};
  const changed: ProfileFormField[] = [];
  for (const field of fields) {
    const typed = readFormField(values, field);
    const before = readFormField(stored, field);
    const value = normalizeFieldValue(field, typed);
    if (typed === before || value === before) continue;
    changed.push(field);
    if (field === 'b2b.companyRegistrationId') patch.b2b = { companyRegistrationId: value };
    else patch[field] = value;
  }
  if (patch.b2b) {
    for (const field of b2bRequiredFields) {
      patch[field] ??= normalizeFieldValue(field, values[field]);
    }
  }
  if (changed.length > 0 && version !== undefined) patch.metadata = { version };
  return { patch, changed };
}
