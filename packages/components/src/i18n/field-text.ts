import type { ProfileFormField } from '../model/profile-form-values.js';
import type { ProfileKitMessages } from './en-messages.js';

type FieldName<Field> = Field extends `b2b.${infer Name}` ? Name : Field;
/** `labelFirstName`, `labelCompanyRegistrationId`: `Pick` fails the typecheck if one is missing. */
type LabelKey = `label${Capitalize<FieldName<ProfileFormField>>}`;

/**
 * A field's label (`labelFirstName`), or its description where it has one
 * (`descriptionPreferredCurrency`), from the messages — named after the field, so every
 * field has its texts without a table of keys.
 */
export function fieldText(
  field: ProfileFormField,
  messages: Pick<ProfileKitMessages, LabelKey>,
): string;
export function fieldText(
  field: ProfileFormField,
  messages: ProfileKitMessages,
  part: 'description',
): string | undefined;
export function fieldText(
  field: ProfileFormField,
  messages: Partial<Record<string, string>>,
  part = 'label',
): string | undefined {
  const name = field.replace('b2b.', '');
  return messages[`${part}${name.charAt(0).toUpperCase()}${name.slice(1)}`];
}
