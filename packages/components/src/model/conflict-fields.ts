import { changedFields } from './changed-fields.js';
import { normalizeFieldValue } from './normalize-field-value.js';
import {
  type ProfileFormField,
  type ProfileFormValues,
  readFormField,
} from './profile-form-fields.js';

/**
 * Whether a field another writer changed clashes with the customer's edit: they changed it
 * too, to another value than the other writer's. Only then is there a choice to make.
 */
export function clashes(
  field: ProfileFormField,
  mine: string,
  basedOn: ProfileFormValues,
  latest: ProfileFormValues,
): boolean {
  const value = normalizeFieldValue(field, mine);
  return (
    value !== normalizeFieldValue(field, readFormField(basedOn, field)) &&
    value !== normalizeFieldValue(field, readFormField(latest, field))
  );
}

/**
 * How the customer settled a conflict: `mine` put their edits on the latest version,
 * `theirs` took the other writer's values for the fields both changed. Until the next
 * save, `fields` tells which fields now hold whose value, so the form highlights them.
 */
export interface ConflictReview {
  choice: 'mine' | 'theirs';
  fields: Partial<Record<ProfileFormField, 'yours' | 'theirs'>>;
}

/** The review after a choice, and the fields whose edits `theirs` drops. */
export function reviewConflict(
  choice: ConflictReview['choice'],
  values: ProfileFormValues,
  { basedOn, latest }: { basedOn: ProfileFormValues; latest: ProfileFormValues },
  fields: readonly ProfileFormField[],
): { review: ConflictReview; clashing: ProfileFormField[] } {
  const elsewhere = changedFields(basedOn, latest, fields);
  const clashing = elsewhere.filter((field) =>
    clashes(field, readFormField(values, field), basedOn, latest),
  );
  const whose = (field: ProfileFormField) =>
    choice === 'mine' && clashing.includes(field) ? 'yours' : 'theirs';
  const review = { choice, fields: Object.fromEntries(elsewhere.map((f) => [f, whose(f)])) };
  return { review, clashing };
}
