import { profilePatchSchema } from '@profile-kit/hooks';
import { type FieldErrors, get, type Resolver, set } from 'react-hook-form';
import type { ProfileKitMessages } from '../i18n/en-messages.js';
import { fieldErrorMessage } from '../i18n/field-error-message.js';
import { buildProfilePatch } from '../model/build-profile-patch.js';
import type { ProfileFormField, ProfileFormValues } from '../model/profile-form-fields.js';
import { isProfileFormField } from '../model/profile-form-fields.js';

export interface ProfileFormResolverContext {
  /** The stored values the edits are compared with. */
  stored: ProfileFormValues;
  fields: readonly ProfileFormField[];
  messages: ProfileKitMessages;
}

/**
 * Validates what would be sent — the patch of changed fields — with the hooks'
 * `profilePatchSchema`, the one schema the client validates with too. The form adds no
 * rules of its own; it only turns the schema's issues into texts on the right fields.
 * `read` is called on every validation, so it always sees the current stored values.
 */
export function createProfileFormResolver(
  read: () => ProfileFormResolverContext,
): Resolver<ProfileFormValues> {
  return (values) => {
    const { stored, fields, messages } = read();
    const { patch } = buildProfilePatch(values, stored, fields, undefined);
    const result = profilePatchSchema.safeParse(patch);
    if (result.success) return { values, errors: {} };
    const errors: FieldErrors<ProfileFormValues> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!isProfileFormField(path) || get(errors, path)) continue;
      const maximum = 'maximum' in issue ? issue.maximum : undefined;
      set(errors, path, {
        type: issue.code,
        message: fieldErrorMessage(path, { code: issue.code, maximum }, messages),
      });
    }
    return { values: {}, errors };
  };
}
