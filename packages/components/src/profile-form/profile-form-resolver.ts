import { profilePatchSchema } from '@profile-kit/hooks';
import { type Control, type FieldErrors, get, type Resolver, set } from 'react-hook-form';
import type { ProfileKitMessages } from '../i18n/en-messages.js';
import { fieldErrorMessage } from '../i18n/field-error-message.js';
import { buildProfilePatch, type ProfilePatchDraft } from '../model/build-profile-patch.js';
import { nameRemovedCode, removedNames } from '../model/kept-names.js';
import {
  isProfileFormField,
  type ProfileFormField,
  type ProfileFormValues,
} from '../model/profile-form-fields.js';
import type { StoredProfile } from './profile-form-session.js';

/** What validation needs from the form's props (react-hook-form's `context`). */
export interface ProfileFormResolverContext {
  fields: readonly ProfileFormField[];
  messages: ProfileKitMessages;
}

/** A valid submit: the values as submitted and the one patch built from them. */
export interface ProfileFormSubmission extends ProfilePatchDraft {
  values: ProfileFormValues;
}

/**
 * Validates what would be sent — the patch of changed fields, with the version the edits
 * are based on — with the hooks' `profilePatchSchema`, the one schema the client
 * validates with too, plus one rule of the form's own (`removedNames`: first and last
 * name are not emptied). It turns the issues into texts on the right fields. A valid submit hands that same patch to the
 * save, so it is built once. `read` is called on every validation, so it always sees the
 * current stored profile and base.
 */
export function createProfileFormResolver(
  read: () => { stored: StoredProfile; base: StoredProfile },
): Resolver<ProfileFormValues, ProfileFormResolverContext, ProfileFormSubmission> {
  return (values, context) => {
    const { fields = [], messages } = context ?? {};
    const { stored, base } = read();
    const draft = buildProfilePatch(values, stored.values, fields, base.profile.metadata?.version);
    const result = profilePatchSchema.safeParse(draft.patch);
    // The schema's issues, then the form's own rule: a first or last name is not removed.
    const issues = [
      ...(result.error?.issues ?? []),
      ...removedNames(draft.patch).map(
        (field) => ({ path: [field], code: nameRemovedCode }) as const,
      ),
    ];
    if (issues.length === 0) return { values: { values, ...draft }, errors: {} };
    const errors: FieldErrors<ProfileFormValues> = {};
    for (const issue of issues) {
      const path = issue.path.join('.');
      if (!messages || !isProfileFormField(path) || get(errors, path)) continue;
      const maximum = 'maximum' in issue ? issue.maximum : undefined;
      const reason = issue.code === 'custom' ? issue.params?.reason : undefined;
      set(errors, path, {
        type: issue.code,
        message: fieldErrorMessage(path, { code: issue.code, maximum, reason }, messages),
      });
    }
    return { values: {}, errors };
  };
}

/** The form's react-hook-form control, as its fields take it. */
export type ProfileFormControl = Control<
  ProfileFormValues,
  ProfileFormResolverContext,
  ProfileFormSubmission
>;
