'use client';
import { b2bRequiredFields } from '@profile-kit/hooks';
import { useId } from 'react';
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
import { codeSuggestions } from '../i18n/code-suggestions.js';
import { fieldText } from '../i18n/field-text.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { useInBrowser } from '../i18n/use-in-browser.js';
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
 * this field, and only when its error or its changed-ness flips. A language or currency
 * box (the host offers no options) suggests every valid code with its name, as a
 * `datalist`: added once in the browser, because the server's `Intl` may name codes
 * differently than the visitor's and the hydrated HTML would not match.
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
  const { locale, messages } = useProfileKitUi();
  const listId = useId();
  const suggested = spec.kind === 'language' || spec.kind === 'currency' ? spec.kind : undefined;
  const suggestions = useInBrowser() && suggested ? codeSuggestions(suggested, locale) : undefined;
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
        list={suggestions && listId}
        className={classNames?.['field-control']}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </datalist>
      )}
      <FieldError className={classNames?.['field-error']}>{error?.message}</FieldError>
    </Field>
  );
}
