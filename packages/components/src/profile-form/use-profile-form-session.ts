'use client';
import { type CustomerProfile, isProfileKitError, useUpdateProfile } from '@profile-kit/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type FieldErrors, get, useForm } from 'react-hook-form';
import { errorText } from '../i18n/error-text.js';
import { fieldErrorMessage } from '../i18n/field-error-message.js';
import { hiddenFieldsMessage } from '../i18n/hidden-fields-message.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { signInKey } from '../i18n/sign-in-key.js';
import { changedFields } from '../model/changed-fields.js';
import { type ConflictReview, reviewConflict } from '../model/conflict-fields.js';
import { editsClash } from '../model/edits-clash.js';
import {
  isProfileFormField,
  type ProfileFormField,
  type ProfileFormValues,
  profileFormFields,
  readFormField,
  toProfileFormValues,
} from '../model/profile-form-fields.js';
import {
  createProfileFormResolver,
  type ProfileFormResolverContext,
  type ProfileFormSubmission,
} from './profile-form-resolver.js';
import {
  type ProfileFormAction,
  type ProfileFormSession,
  type ProfileFormSessionOptions,
  reduceSession,
  startSession,
} from './profile-form-session.js';
import { useEditedSinceSave } from './use-edited-since-save.js';

// A refetch must not wipe what the customer sees: their edits and errors, and the
// submitted state, on which react-hook-form checks each change again.
const keepEdits = { keepDirtyValues: true, keepErrors: true, keepIsSubmitted: true } as const;

/**
 * The lifecycle of one `ProfileForm` editing session — editing → saving → saved |
 * conflict | failed — as one state value, with the react-hook-form form it drives. A
 * submit validates and builds the patch once, from one stored snapshot with one version;
 * every failure keeps the customer's edits.
 */
export function useProfileFormSession({
  profile,
  fields,
  onSaved,
  onCancel,
  onSessionExpired,
}: ProfileFormSessionOptions) {
  const { messages } = useProfileKitUi();
  const update = useUpdateProfile();

  const [session, setSession] = useState(() => startSession(profile));
  // The same value, for handlers and the resolver that must read it before a re-render.
  const current = useRef<ProfileFormSession>(session);
  function dispatch(action: ProfileFormAction) {
    current.current = reduceSession(current.current, action);
    setSession(current.current);
  }

  const [resolver] = useState(() => createProfileFormResolver(() => current.current));
  const form = useForm<ProfileFormValues, ProfileFormResolverContext, ProfileFormSubmission>({
    defaultValues: session.initial,
    resolver,
    context: { fields, messages },
    // Focus moves after the errors are on screen (see below), so it lands on a described field.
    shouldFocusError: false,
  });
  const edited = useEditedSinceSave(form);

  // A newer stored profile (refetch on focus or reconnect, another tab's save): untouched
  // fields take the new values, fields being edited keep the customer's. The edits move
  // onto the new version unless they clash with it.
  useEffect(() => {
    const { status, stored, base } = current.current;
    if (status === 'saving' || profile === stored.profile) return;
    const latest = toProfileFormValues(profile);
    const keepBase = editsClash(form.getValues(), stored.values, base.values, latest);
    form.reset(latest, keepEdits);
    dispatch({ type: 'seen', profile, keepBase });
  });

  // After the errors have rendered, so the field's error is already in its description.
  // Only on a new request: fields the host changes later must not pull focus back.
  const { focus } = session;
  useEffect(() => {
    const first = focus?.among.find((field) => form.getFieldState(field).invalid);
    if (first) form.setFocus(first);
  }, [focus, form]);

  const shown = (path: string): path is ProfileFormField =>
    isProfileFormField(path) && fields.includes(path);

  function reportInvalid(paths: readonly string[]) {
    dispatch({
      type: 'invalid',
      among: fields,
      message: hiddenFieldsMessage(paths, fields, messages),
    });
  }

  function fail(error: unknown) {
    if (isProfileKitError(error, 'conflict')) {
      // The save read the other writer's profile before reporting the conflict.
      dispatch({ type: 'conflict', latest: error.latestProfile });
    } else if (
      isProfileKitError(error, 'validation') ||
      isProfileKitError(error, 'invalid-input')
    ) {
      for (const { field, type, reason } of error.fieldErrors) {
        if (shown(field)) {
          const message = fieldErrorMessage(field, { code: type, reason }, messages);
          form.setError(field, { type: 'server', message });
        }
      }
      const paths = error.fieldErrors.map((problem) => problem.field);
      if (paths.length > 0) reportInvalid(paths);
      else dispatch({ type: 'failed', message: messages.saveErrorRefused });
    } else {
      const kind = isProfileKitError(error) ? error.kind : undefined;
      dispatch({
        type: 'failed',
        message: errorText('save', kind, messages),
        signIn: signInKey(kind),
      });
      if (kind === 'unauthorized') onSessionExpired?.();
    }
  }

  async function save({ values, patch, changed }: ProfileFormSubmission) {
    // One save at a time: a second Enter or click while one runs does nothing.
    if (current.current.status === 'saving') return;
    // Right after a save, before any edit, "saved" stays: true, and announced only once.
    if (changed.length === 0 && current.current.status === 'saved' && !edited.current) return;
    if (changed.length === 0) return dispatch({ type: 'no-changes' });
    dispatch({ type: 'saving' });
    let saved: CustomerProfile;
    try {
      saved = await update.mutateAsync(patch);
    } catch (error) {
      return fail(error);
    }
    // Anything typed while the save was under way stays as an edit on top of it.
    const now = form.getValues();
    const typedMeanwhile = changedFields(values, now, fields);
    form.reset(toProfileFormValues(saved));
    dispatch({ type: 'saved', profile: saved });
    edited.current = typedMeanwhile.length > 0;
    for (const field of typedMeanwhile) {
      form.setValue(field, readFormField(now, field), { shouldDirty: true });
    }
    onSaved?.(saved);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (current.current.status === 'saving') return;
    void form.handleSubmit(save, (errors: FieldErrors<ProfileFormValues>) =>
      reportInvalid(profileFormFields.filter((field) => get(errors, field))),
    )();
  }

  // The edits (or, Cancel, the stored values) on the latest stored profile.
  function rebase(keep: boolean, review?: ConflictReview) {
    form.reset(toProfileFormValues(profile), keep ? keepEdits : undefined);
    dispatch({ type: 'rebase', profile, review });
  }

  /**
   * After a conflict: the edits on the latest version, back to editing — nothing is saved
   * until the customer has seen the highlighted fields and saves. With `theirs`, the fields
   * both changed take the other writer's values; every other edit stays.
   */
  function resolve(choice: ConflictReview['choice']) {
    const now = current.current;
    if (now.status !== 'conflict') return undefined;
    const { review, clashing } = reviewConflict(choice, form.getValues(), now, fields);
    rebase(true, review);
    // The reset made the latest values the defaults: these fields go back to them.
    if (choice === 'theirs') for (const field of clashing) form.resetField(field);
    return review;
  }

  return {
    session,
    form,
    submit,
    /** After a conflict: the customer's edits on the latest version, to review and save. */
    keepMine: () => resolve('mine'),
    /** After a conflict: the other writer's values where both changed a field. */
    takeTheirs: () => resolve('theirs'),
    cancel() {
      if (current.current.status === 'saving') return;
      rebase(false);
      onCancel?.();
    },
  };
}
