'use client';
import {
  type CustomerProfile,
  customerProfileQueryOptions,
  isProfileKitError,
  useProfileKit,
  useUpdateProfile,
} from '@profile-kit/hooks';
import { useQueryClient } from '@tanstack/react-query';
import {
  type ComponentPropsWithRef,
  type FormEvent,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type FieldErrors, get, useForm } from 'react-hook-form';
import { slotProps } from '../field/slot-props.js';
import { errorText } from '../i18n/error-text.js';
import { fieldErrorMessage } from '../i18n/field-error-message.js';
import { fieldText } from '../i18n/field-text.js';
import { formatMessage } from '../i18n/format-message.js';
import { invalidCodeNotice } from '../i18n/invalid-code-notice.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { defaultTitles } from '../i18n/title-label.js';
import { buildProfilePatch } from '../model/build-profile-patch.js';
import { changedFields } from '../model/changed-fields.js';
import { isValidCode } from '../model/is-valid-code.js';
import { normalizeFieldValue } from '../model/normalize-field-value.js';
import {
  isProfileFormField,
  type ProfileFormField,
  type ProfileFormValues,
  profileFormFieldSpecs,
  profileFormFields,
  readFormField,
  toProfileFormValues,
} from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { ProfileButton } from '../view/profile-button.js';
import { ProfileFormConflict } from './profile-form-conflict.js';
import { createProfileFormResolver } from './profile-form-resolver.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';
import { ProfilePickerField } from './profile-picker-field.js';
import { ProfileTextField } from './profile-text-field.js';

export interface ProfileFormEditorProps
  extends Omit<ComponentPropsWithRef<'form'>, 'onSubmit' | 'children'> {
  profile: CustomerProfile;
  /** The fields to show, in order — already narrowed to what applies to this profile. */
  fields: readonly ProfileFormField[];
  languages?: readonly string[] | undefined;
  currencies?: readonly string[] | undefined;
  sites?: readonly ProfileSite[] | undefined;
  titles?: readonly string[] | undefined;
  classNames?: ProfileFormClassNames | undefined;
  onSaved?: ((profile: CustomerProfile) => void) | undefined;
  onCancel?: (() => void) | undefined;
  onSessionExpired?: (() => void) | undefined;
  onSignIn?: (() => void) | undefined;
}

/** The stored profile the edits are based on: its `metadata.version` goes with the save. */
interface EditBase {
  profile: CustomerProfile;
  values: ProfileFormValues;
}

/**
 * How the last submit ended. A conflict is one outcome among the others, so a later one
 * (an invalid field, another failure) replaces it instead of leaving it on screen.
 */
type Outcome =
  | { kind: 'saved' }
  | { kind: 'no-changes' }
  | { kind: 'failed'; message: string; signIn: boolean }
  | { kind: 'conflict'; basedOn: ProfileFormValues; latest: ProfileFormValues };

// A refetch must not wipe what the customer sees: their edits and errors, and the
// submitted state, on which react-hook-form checks each change again.
const keepEdits = { keepDirtyValues: true, keepErrors: true, keepIsSubmitted: true } as const;

/**
 * The ready state of `ProfileForm`: the react-hook-form form, its save, and everything
 * that keeps the customer's edits — through refetches, failures and conflicts.
 */
export function ProfileFormEditor({
  profile,
  fields,
  languages,
  currencies,
  sites,
  titles,
  classNames,
  className,
  onSaved,
  onCancel,
  onSessionExpired,
  onSignIn,
  ...formProps
}: ProfileFormEditorProps) {
  const ui = useProfileKitUi();
  const { messages } = ui;
  const queryClient = useQueryClient();
  const { client, session } = useProfileKit();
  const update = useUpdateProfile();

  const [initialValues] = useState(() => toProfileFormValues(profile));
  // The stored values as last seen: react-hook-form's default values, what edits compare with.
  const [stored, setStoredState] = useState(initialValues);
  const storedRef = useRef(initialValues);
  const baseRef = useRef<EditBase>({ profile, values: initialValues });
  const seenProfileRef = useRef(profile);
  const submittingRef = useRef(false);
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const resolverContext = useRef({ fields, messages });
  useLayoutEffect(() => {
    resolverContext.current = { fields, messages };
  });
  const resolver = useMemo(
    () =>
      createProfileFormResolver(() => ({ stored: storedRef.current, ...resolverContext.current })),
    [],
  );
  const form = useForm<ProfileFormValues>({
    defaultValues: initialValues,
    resolver,
    // Focus moves after the errors are on screen (see below), so it lands on a described field.
    shouldFocusError: false,
  });
  const { control, register } = form;

  function setStored(values: ProfileFormValues) {
    storedRef.current = values;
    setStoredState(values);
  }

  /**
   * Makes a stored profile the one the form edits: its values become the defaults and the
   * base of the next save. Drops every edit, unless `keep` keeps the customer's.
   */
  function adopt(next: CustomerProfile, keep?: typeof keepEdits) {
    const values = toProfileFormValues(next);
    form.reset(values, keep);
    setStored(values);
    baseRef.current = { profile: next, values };
    seenProfileRef.current = next;
  }

  // A newer stored profile (refetch on focus or reconnect, another tab's save): untouched
  // fields take the new values, fields being edited keep the customer's. The edits move
  // onto the new version only when none of them touches a field that changed meanwhile;
  // otherwise the old version stays, so saving answers 409 and the conflict panel shows
  // the other value before anything of it is overwritten.
  useEffect(() => {
    if (saving || profile === seenProfileRef.current) return;
    const latest = toProfileFormValues(profile);
    const current = form.getValues();
    const base = baseRef.current;
    // Compared as typed, like react-hook-form does when it keeps a field: an edit of
    // whitespace alone is still kept, so it must count here too.
    const edited = profileFormFields.filter(
      (field) => readFormField(current, field) !== readFormField(storedRef.current, field),
    );
    const clashing = edited.some((field) => {
      const theirs = normalizeFieldValue(field, readFormField(latest, field));
      return (
        theirs !== normalizeFieldValue(field, readFormField(base.values, field)) &&
        theirs !== normalizeFieldValue(field, readFormField(current, field))
      );
    });
    adopt(profile, keepEdits);
    if (clashing) baseRef.current = base;
  });

  // After the errors have rendered, so the field's error is already in its description.
  // Only on a new request: fields the host changes later must not pull focus back.
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = resolverContext.current.fields.find((field) => form.getFieldState(field).invalid);
    if (first) form.setFocus(first);
  }, [focusRequest, form]);

  const shown = (path: string): path is ProfileFormField =>
    isProfileFormField(path) && fields.includes(path);
  const fail = (message: string, signIn = false) => setOutcome({ kind: 'failed', message, signIn });

  /**
   * Errors on fields the customer cannot see cannot be fixed inline: name them in the
   * alert. Then focus the first invalid field that is shown.
   */
  function reportErrors(paths: readonly string[]) {
    const hidden = paths.filter((path) => !shown(path));
    const names = hidden.map((path) =>
      isProfileFormField(path) ? fieldText(path, messages) : path,
    );
    if (hidden.length > 0) {
      fail(formatMessage(messages.saveErrorValidation, { fields: [...new Set(names)].join(', ') }));
    } else {
      setOutcome(null);
    }
    setFocusRequest((count) => count + 1);
  }

  function onInvalid(errors: FieldErrors<ProfileFormValues>) {
    reportErrors(profileFormFields.filter((field) => get(errors, field)));
  }

  async function onValid(values: ProfileFormValues) {
    const base = baseRef.current;
    const { patch, changed } = buildProfilePatch(
      values,
      storedRef.current,
      fields,
      base.profile.metadata?.version,
    );
    if (changed.length === 0) {
      setOutcome({ kind: 'no-changes' });
      return;
    }
    setOutcome(null);
    setSaving(true);
    try {
      const saved = await update.mutateAsync(patch);
      // Anything typed while the save was under way stays as an edit on top of it.
      const now = form.getValues();
      const typedMeanwhile = changedFields(values, now, fields);
      adopt(saved);
      for (const field of typedMeanwhile) {
        form.setValue(field, readFormField(now, field), { shouldDirty: true });
      }
      setOutcome({ kind: 'saved' });
      onSaved?.(saved);
    } catch (error) {
      if (isProfileKitError(error, 'conflict')) {
        // The hooks reloaded the latest profile into the cache before reporting the conflict.
        const latest = queryClient.getQueryData(
          customerProfileQueryOptions({ client, session }).queryKey,
        );
        setOutcome({
          kind: 'conflict',
          basedOn: base.values,
          latest: latest ? toProfileFormValues(latest) : storedRef.current,
        });
        return;
      }
      if (isProfileKitError(error, 'validation') || isProfileKitError(error, 'invalid-input')) {
        for (const { field, type } of error.fieldErrors) {
          if (shown(field)) {
            form.setError(field, {
              type: 'server',
              message: fieldErrorMessage(field, { code: type }, messages),
            });
          }
        }
        const paths = error.fieldErrors.map((problem) => problem.field);
        if (paths.length > 0) reportErrors(paths);
        else fail(messages.saveErrorRefused);
        return;
      }
      const kind = isProfileKitError(error) ? error.kind : undefined;
      fail(errorText('save', kind, messages), kind === 'unauthorized' || kind === 'forbidden');
      if (kind === 'unauthorized') onSessionExpired?.();
    } finally {
      setSaving(false);
    }
  }

  /** One submit at a time: a second Enter or click while one runs does nothing. */
  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (submittingRef.current) return;
    submittingRef.current = true;
    try {
      await form.handleSubmit(onValid, onInvalid)();
    } finally {
      submittingRef.current = false;
    }
  }

  function applyToLatest() {
    // The panel and its button go; focus goes to Save, where a keyboard user carries on.
    saveButtonRef.current?.focus();
    adopt(profile, keepEdits);
    setOutcome(null);
    void submit();
  }

  function cancel() {
    if (submittingRef.current) return;
    adopt(profile);
    setOutcome(null);
    onCancel?.();
  }

  function renderField(name: ProfileFormField) {
    const spec = profileFormFieldSpecs[name];
    const { kind } = spec;
    const common = { name, spec, control, classNames };
    const storedValue = readFormField(stored, name);
    if (kind !== 'text') {
      const choices = {
        title: titles ?? defaultTitles,
        site: sites ?? [],
        language: languages,
        currency: currencies,
      }[kind];
      if (choices) {
        return (
          <ProfilePickerField
            key={name}
            {...common}
            kind={kind}
            choices={choices}
            stored={storedValue}
            sites={sites}
          />
        );
      }
    }
    // A text box; for a language or currency the host lists no options for, the stored
    // value is flagged while it is not a valid code.
    const invalid = storedValue !== '' && !isValidCode(kind, storedValue);
    return (
      <ProfileTextField
        key={name}
        {...common}
        register={register}
        initialValue={readFormField(initialValues, name)}
        description={fieldText(name, messages, 'description')}
        storedNotice={invalid ? invalidCodeNotice(kind, storedValue, messages) : undefined}
      />
    );
  }

  return (
    <form
      {...formProps}
      {...slotProps('form', classNames, className)}
      data-state={saving ? 'saving' : (outcome?.kind ?? 'idle')}
      aria-busy={saving || undefined}
      noValidate
      onSubmit={submit}
    >
      <div {...slotProps('form-fields', classNames)}>{fields.map(renderField)}</div>
      {/* The one outcome region. The polite status is always in the page, so screen readers
          announce "saved" when its text arrives; a failure or a conflict is an alert,
          announced as it appears. */}
      <div role="status" {...slotProps('form-status', classNames)} data-state={outcome?.kind}>
        {outcome?.kind === 'saved'
          ? messages.saveSuccess
          : outcome?.kind === 'no-changes'
            ? messages.saveNoChanges
            : undefined}
      </div>
      {(outcome?.kind === 'failed' || outcome?.kind === 'conflict') && (
        <div role="alert" {...slotProps('form-alert', classNames)} data-state={outcome.kind}>
          <p>{outcome.kind === 'conflict' ? messages.conflictMessage : outcome.message}</p>
          {outcome.kind === 'failed' && outcome.signIn && onSignIn && (
            <div {...slotProps('message-actions', classNames)}>
              <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
                {messages.signIn}
              </ProfileButton>
            </div>
          )}
        </div>
      )}
      {/* What changed elsewhere, and the way on: read on demand, not announced. Never on
          screen while saving, since a save starts by clearing the outcome. */}
      {outcome?.kind === 'conflict' && (
        <ProfileFormConflict
          basedOn={outcome.basedOn}
          latest={outcome.latest}
          fields={fields}
          sites={sites}
          control={control}
          onApply={applyToLatest}
          classNames={classNames}
        />
      )}
      <div {...slotProps('form-actions', classNames)}>
        <ProfileButton
          ref={saveButtonRef}
          type="submit"
          variant="primary"
          classNames={classNames}
          aria-disabled={saving || undefined}
        >
          {messages.save}
        </ProfileButton>
        <ProfileButton
          variant="secondary"
          classNames={classNames}
          aria-disabled={saving || undefined}
          onClick={cancel}
        >
          {messages.cancel}
        </ProfileButton>
      </div>
    </form>
  );
}
