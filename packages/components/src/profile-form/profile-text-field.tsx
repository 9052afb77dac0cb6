'use client';
import { b2bRequiredFields } from '@profile-kit/hooks';
import {
  type FieldError as FormFieldError,
  get,
  type UseFormRegister,
  useFormState,
} from 'react-hook-form';
import { Field } from '../field/field.js';
import { FieldDescription } from '../field/field-description.js';
import { FieldError } from '../field/field-error.js';
import { FieldInput } from '../field/field-input.js';
import { FieldLabel } from '../field/field-label.js';
import { FieldNotice } from '../field/field-notice.js';
import { fieldText } from '../i18n/field-text.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import type {
  ProfileFormField,
  ProfileFormFieldSpec,
  ProfileFormValues,
} from '../model/profile-form-fields.js';
import type { ProfileFormControl } from './profile-form-resolver.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';

export interface ProfileTextFieldProps {
  name: ProfileFormField;
  spec: ProfileFormFieldSpec;
  control: ProfileFormControl;
  register: UseFormRegister<ProfileFormValues>;
  description?: string | undefined;
  /** The value the form started with, written into the server-rendered HTML. */
  initialValue: string;
  /** Shown while the field still holds its stored value: that value is flagged (legacy data). */
  storedNotice?: string | undefined;
  classNames?: ProfileFormClassNames | undefined;
  /** After a conflict: whose value the field holds (`data-conflict`, highlighted). */
  conflict?: 'yours' | 'theirs' | undefined;
}

/**
 * A text box of `ProfileForm`. Uncontrolled (`register`): typing re-renders nothing but
 * this field, and only when its error or its changed-ness flips.
 */
export function ProfileTextField({
  name,
  spec,
  control,
  register,
  initialValue,
  description,
  storedNotice,
  classNames,
  conflict,
}: ProfileTextFieldProps) {
  const { messages } = useProfileKitUi();
  const { errors, dirtyFields } = useFormState({ control, name, exact: true });
  const error: FormFieldError | undefined = get(errors, name);
  const dirty = Boolean(get(dirtyFields, name));
  const { kind: _kind, ...attributes } = spec;
  const notice = !dirty && Boolean(storedNotice);

  return (
    <Field
      invalid={Boolean(error)}
      // Known here, so the ids are in the first render (and in server-rendered HTML).
      parts={{ description: Boolean(description), notice }}
      className={classNames?.field}
      data-field={name}
      data-conflict={conflict}
      data-dirty={dirty ? '' : undefined}
      data-notice={notice ? 'invalid' : undefined}
    >
      <FieldLabel className={classNames?.['field-label']}>{fieldText(name, messages)}</FieldLabel>
      {description && (
        <FieldDescription className={classNames?.['field-description']}>
          {description}
        </FieldDescription>
      )}
      {notice && <FieldNotice className={classNames?.['field-notice']}>{storedNotice}</FieldNotice>}
      <FieldInput
        // The B2B rule makes the names and company depend on the registration id: changing
        // it checks them again, so an error it caused goes when it is undone.
        {...register(
          name,
          name === 'b2b.companyRegistrationId' ? { deps: [...b2bRequiredFields] } : {},
        )}
        // react-hook-form fills uncontrolled inputs only once mounted; without this a
        // server render would show empty fields until hydration.
        defaultValue={initialValue}
        type="text"
        {...attributes}
        className={classNames?.['field-control']}
      />
      <FieldError className={classNames?.['field-error']}>{error?.message}</FieldError>
    </Field>
  );
}
