'use client';
import { type FormEvent, useState } from 'react';
import { Field } from '../field/field.js';
import { FieldDescription } from '../field/field-description.js';
import { FieldError } from '../field/field-error.js';
import { FieldInput } from '../field/field-input.js';
import { FieldLabel } from '../field/field-label.js';
import { slotProps } from '../field/slot-props.js';
import { formatMessage } from '../i18n/format-message.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AccountMessages } from './account-messages.js';
import type { CredentialFormClassNames } from './credential-slot.js';

export interface PasswordFieldProps {
  /** The input's `name`: the form reads it from the DOM on submit, never from React state. */
  name: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  error?: string | undefined;
  description?: string | undefined;
  text: AccountMessages;
  classNames?: CredentialFormClassNames | undefined;
  /** Typing: the field's own error goes, and a strength hint can follow the value. */
  onInput?: ((event: FormEvent<HTMLInputElement>) => void) | undefined;
}

/**
 * A password box with a show/hide toggle (a button with `aria-pressed`, named after the
 * field). Uncontrolled and without a default: the password lives only in the input's
 * `value` property, never in an attribute, React state or the markup, and a remount
 * (after a successful change) empties it and hides it again. Not controlled on purpose:
 * React 18 and 19 copy a controlled input's value into its `value` attribute, so the
 * password would be in `innerHTML`.
 */
export function PasswordField({
  name,
  label,
  autoComplete,
  error,
  description,
  text,
  classNames,
  onInput,
}: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <Field
      invalid={Boolean(error)}
      parts={{ description: Boolean(description) }}
      className={classNames?.field}
      data-field={name}
    >
      <FieldLabel>{label}</FieldLabel>
      {description && <FieldDescription>{description}</FieldDescription>}
      <div {...slotProps('password-control', classNames)}>
        <FieldInput
          name={name}
          type={shown ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          onInput={onInput}
        />
        <ProfileButton
          variant="secondary"
          classNames={classNames}
          className="pk-password-toggle"
          aria-pressed={shown}
          aria-label={formatMessage(text.showPassword, { field: label })}
          onClick={() => setShown(!shown)}
        >
          {text.show}
        </ProfileButton>
      </div>
      <FieldError>{error}</FieldError>
    </Field>
  );
}
