'use client';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { Field } from '../field/field.js';
import { FieldError } from '../field/field-error.js';
import { FieldLabel } from '../field/field-label.js';
import { FieldNotice } from '../field/field-notice.js';
import { FieldSelect } from '../field/field-select.js';
import { fieldText } from '../i18n/field-text.js';
import { formatFieldValue } from '../i18n/format-field-value.js';
import { formatMessage } from '../i18n/format-message.js';
import { invalidCodeNotice } from '../i18n/invalid-code-notice.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import type { ProfileFormField, ProfileFormFieldSpec } from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { buildPickerModel, type PickerKind } from './picker-model.js';
import type { ProfileFormControl } from './profile-form-resolver.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';

export interface ProfilePickerFieldProps {
  name: ProfileFormField;
  spec: ProfileFormFieldSpec;
  kind: PickerKind;
  choices: readonly (string | ProfileSite)[];
  /** The value stored on the profile, to keep it visible and flag it when it is legacy data. */
  stored: string;
  sites?: readonly ProfileSite[] | undefined;
  control: ProfileFormControl;
  classNames?: ProfileFormClassNames | undefined;
  /** After a conflict: whose value the field holds (`data-conflict`, highlighted). */
  conflict?: 'yours' | 'theirs' | undefined;
}

/**
 * A picker of `ProfileForm`: a native `select` (arrow keys and type-ahead work
 * everywhere) with options labelled in the UI locale. Controlled through
 * `useController`, so choosing re-renders this field alone.
 */
export function ProfilePickerField({
  name,
  spec,
  kind,
  choices,
  stored,
  sites,
  control,
  classNames,
  conflict,
}: ProfilePickerFieldProps) {
  const ui = useProfileKitUi();
  const { field, fieldState } = useController({ control, name });
  const model = useMemo(
    () => buildPickerModel({ kind, field: name, choices, value: field.value, stored, ui }),
    [kind, name, choices, field.value, stored, ui],
  );
  const notice =
    model.notice === 'invalid'
      ? invalidCodeNotice(kind, stored, ui.messages)
      : model.notice === 'unlisted'
        ? formatMessage(ui.messages.noticeUnlisted, {
            value: formatFieldValue(name, stored, ui, sites),
          })
        : undefined;

  return (
    <Field
      invalid={fieldState.invalid}
      // Known here, so the id is in the first render (and in server-rendered HTML).
      parts={{ notice: Boolean(notice) }}
      className={classNames?.field}
      data-field={name}
      data-conflict={conflict}
      data-dirty={fieldState.isDirty ? '' : undefined}
      data-notice={model.notice}
    >
      <FieldLabel className={classNames?.['field-label']}>
        {fieldText(name, ui.messages)}
      </FieldLabel>
      {notice && <FieldNotice className={classNames?.['field-notice']}>{notice}</FieldNotice>}
      <FieldSelect
        name={field.name}
        ref={field.ref}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        disabled={field.disabled}
        autoComplete={spec.autoComplete}
        className={classNames?.['field-control']}
      >
        {model.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </FieldSelect>
      <FieldError className={classNames?.['field-error']}>{fieldState.error?.message}</FieldError>
    </Field>
  );
}
