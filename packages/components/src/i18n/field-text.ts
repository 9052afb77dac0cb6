import type { ProfileFormField, ProfileFormLabelKey } from '../model/profile-form-fields.js';
import type { ProfileKitMessages } from './en-messages.js';

/**
 * A field's label (`labelFirstName`), or its description where it has one
 * (`descriptionPreferredCurrency`), from the messages — named after the field, so every
 * field has its texts without a table of keys (`Pick` fails the typecheck when one is missing).
 */
export function fieldText(
  field: ProfileFormField,
  messages: Pick<ProfileKitMessages, ProfileFormLabelKey>,
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
