import type { ProfileFieldKind } from '../model/profile-form-fields.js';
import type { ProfileKitMessages } from './en-messages.js';
import { formatMessage } from './format-message.js';

/** The notice for a stored language or currency that is not a valid code. */
export function invalidCodeNotice(
  kind: ProfileFieldKind,
  value: string,
  messages: ProfileKitMessages,
): string {
  return formatMessage(
    kind === 'currency' ? messages.noticeInvalidCurrency : messages.noticeInvalidLanguage,
    { value },
  );
}
