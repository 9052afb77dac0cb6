import type { ProfileKitMessages } from './en-messages.js';
import { formatMessage } from './format-message.js';

/** "Euro – EUR" when there is a name, just the code when there is none. */
export function labelWithCode(
  name: string | undefined,
  code: string,
  messages: ProfileKitMessages,
): string {
  return name ? formatMessage(messages.nameWithCode, { name, code }) : code;
}
