'use client';
import type { CustomerProfile } from '@profile-kit/hooks';
import { type ComponentPropsWithRef, type Ref, useRef } from 'react';
import { slotProps } from '../field/slot-props.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import type { ConflictReview } from '../model/conflict-fields.js';
import { type ProfileFormField as FieldName, readFormField } from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { ProfileButton } from '../view/profile-button.js';
import { ProfileFormConflict } from './profile-form-conflict.js';
import { ProfileFormField } from './profile-form-field.js';
import { ProfileFormOutcome } from './profile-form-outcome.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';
import { useProfileFormSession } from './use-profile-form-session.js';

export interface ProfileFormEditorProps
  extends Omit<ComponentPropsWithRef<'form'>, 'onSubmit' | 'children'> {
  profile: CustomerProfile;
  /** The fields to show, in order — already narrowed to what applies to this profile. */
  fields: readonly FieldName[];
  languages?: readonly string[] | undefined;
  currencies?: readonly string[] | undefined;
  sites?: readonly ProfileSite[] | undefined;
  titles?: readonly string[] | undefined;
  classNames?: ProfileFormClassNames | undefined;
  onSaved?: ((profile: CustomerProfile) => void) | undefined;
  onCancel?: (() => void) | undefined;
  onSessionExpired?: (() => void) | undefined;
  onSignIn?: (() => void) | undefined;
  /** The host's ref to the `form`: React 18 keeps a prop named `ref` from components. */
  formRef?: Ref<HTMLFormElement> | undefined;
}

/**
 * The ready state of `ProfileForm`: its fields, outcome and actions, rendered from the
 * one session value of `useProfileFormSession`.
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
  formRef,
  ...formProps
}: ProfileFormEditorProps) {
  const { messages } = useProfileKitUi();
  const { session, form, submit, keepMine, takeTheirs, cancel } = useProfileFormSession({
    profile,
    fields,
    onSaved,
    onCancel,
    onSessionExpired,
  });
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const saving = session.status === 'saving';
  const { control, register } = form;
  const review = session.status === 'editing' ? session.review : undefined;

  // The panel and its buttons go: focus moves to the first field to review, or to Save.
  function resolved(next: ConflictReview | undefined) {
    const first = fields.find((field) => next?.fields[field]);
    if (first) form.setFocus(first);
    else saveButtonRef.current?.focus();
  }

  return (
    <form
      {...formProps}
      ref={formRef}
      {...slotProps('form', classNames, className)}
      data-state={session.status === 'editing' ? 'idle' : session.status}
      aria-busy={saving || undefined}
      noValidate
      onSubmit={submit}
    >
      <div {...slotProps('form-fields', classNames)}>
        {fields.map((name) => (
          <ProfileFormField
            key={name}
            name={name}
            control={control}
            register={register}
            initialValue={readFormField(session.initial, name)}
            stored={session.stored.values}
            languages={languages}
            currencies={currencies}
            sites={sites}
            titles={titles}
            classNames={classNames}
            conflict={review?.fields[name]}
          />
        ))}
      </div>
      <ProfileFormOutcome session={session} onSignIn={onSignIn} classNames={classNames} />
      {/* What changed elsewhere, and the way on: read on demand, not announced. Never on
          screen while saving, since a save starts by clearing the outcome. */}
      {session.status === 'conflict' && (
        <ProfileFormConflict
          basedOn={session.basedOn}
          latest={session.latest}
          fields={fields}
          sites={sites}
          control={control}
          onKeepMine={() => resolved(keepMine())}
          onUseTheirs={() => resolved(takeTheirs())}
          classNames={classNames}
        />
      )}
      <div {...slotProps('form-actions', classNames)}>
        <ProfileButton
          ref={saveButtonRef}
          type="submit"
          // During a conflict the panel's choice is the one primary action on screen.
          variant={session.status === 'conflict' ? 'secondary' : 'primary'}
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
