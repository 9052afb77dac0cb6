'use client';
import type { UseFormRegister } from 'react-hook-form';
import { fieldText } from '../i18n/field-text.js';
import { invalidCodeNotice } from '../i18n/invalid-code-notice.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { isValidCode } from '../model/is-valid-code.js';
import {
  type ProfileFormField as ProfileFormFieldName,
  type ProfileFormValues,
  profileFormFieldSpecs,
  readFormField,
} from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { fieldChoices } from './field-choices.js';
import type { ProfileFormControl } from './profile-form-resolver.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';
import { ProfilePickerField } from './profile-picker-field.js';
import { ProfileTextField } from './profile-text-field.js';

export interface ProfileFormFieldProps {
  name: ProfileFormFieldName;
  control: ProfileFormControl;
  register: UseFormRegister<ProfileFormValues>;
  /** The value the form started with, written into server-rendered HTML. */
  initialValue: string;
  /** The stored values as last seen. */
  stored: ProfileFormValues;
  languages?: readonly string[] | undefined;
  currencies?: readonly string[] | undefined;
  sites?: readonly ProfileSite[] | undefined;
  titles?: readonly string[] | undefined;
  classNames?: ProfileFormClassNames | undefined;
  /** After a conflict, until the next save: whose value the field holds, for highlighting. */
  conflict?: 'yours' | 'theirs' | undefined;
}

/**
 * One field of `ProfileForm`, as its kind in the field table says: a picker where the
 * host offers choices, otherwise a text box — for a language or currency the host lists
 * no options for, with the stored value flagged while it is not a valid code.
 */
export function ProfileFormField({
  name,
  control,
  register,
  initialValue,
  stored,
  languages,
  currencies,
  sites,
  titles,
  classNames,
  conflict,
}: ProfileFormFieldProps) {
  const { messages } = useProfileKitUi();
  const spec = profileFormFieldSpecs[name];
  const { kind } = spec;
  const common = { name, spec, control, classNames, conflict };
  const storedValue = readFormField(stored, name);
  const choices = fieldChoices(kind, { titles, sites, languages, currencies });
  if (kind !== 'text' && choices) {
    return (
      <ProfilePickerField
        {...common}
        kind={kind}
        choices={choices}
        stored={storedValue}
        sites={sites}
      />
    );
  }
  const invalid = storedValue !== '' && !isValidCode(kind, storedValue);
  return (
    <ProfileTextField
      {...common}
      register={register}
      initialValue={initialValue}
      description={fieldText(name, messages, 'description')}
      storedNotice={invalid ? invalidCodeNotice(kind, storedValue, messages) : undefined}
    />
  );
}
