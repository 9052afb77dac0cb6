import type { ProfilePatch } from '@profile-kit/hooks';
import type { ProfileFormField } from './profile-form-fields.js';

/**
 * The names a customer may change but not remove. The contract accepts `""` for them, but
 * a customer who empties the first or last name never means to be nameless: it is a slip,
 * refused on the field before anything is sent.
 */
export const keptNames = ['firstName', 'lastName'] as const satisfies readonly ProfileFormField[];

/** The issue code of a kept name the patch would empty. */
export const nameRemovedCode = 'name_removed';

/** The kept names this patch would set to nothing (the patch holds values as they would be stored: trimmed). */
export function removedNames(patch: ProfilePatch): (typeof keptNames)[number][] {
  return keptNames.filter((field) => patch[field] !== undefined && patch[field].trim() === '');
}
