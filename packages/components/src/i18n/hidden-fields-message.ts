import { isProfileFormField, type ProfileFormField } from '../model/profile-form-fields.js';
import type { ProfileKitMessages } from './en-messages.js';
import { fieldText } from './field-text.js';
import { formatMessage } from './format-message.js';

/**
 * Errors on fields the customer cannot see cannot be fixed inline: the alert that names
 * them, or `undefined` when every field with an error is shown.
 */
export function hiddenFieldsMessage(
  paths: readonly string[],
  shown: readonly ProfileFormField[],
  messages: ProfileKitMessages,
): string | undefined {
  const hidden = [
    ...new Set(
      paths
        .filter((path) => !(isProfileFormField(path) && shown.includes(path)))
        .map((path) => (isProfileFormField(path) ? fieldText(path, messages) : path)),
    ),
  ];
  return hidden.length
    ? formatMessage(messages.saveErrorValidation, { fields: hidden.join(', ') })
    : undefined;
}
