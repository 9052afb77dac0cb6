import type { CustomerProfile } from '@profile-kit/hooks';
import type { ProfileKitMessages } from './en-messages.js';
import { titleLabel } from './title-label.js';

/** "Ms Anna Schmidt"; `undefined` when the profile has no name at all (a title alone is no name). */
export function formatProfileName(
  profile: Pick<CustomerProfile, 'title' | 'firstName' | 'middleName' | 'lastName'>,
  messages: ProfileKitMessages,
): string | undefined {
  const names = [profile.firstName, profile.middleName, profile.lastName]
    .map((name) => name?.trim())
    .filter(Boolean);
  if (names.length === 0) return undefined;
  const title = profile.title?.trim();
  return [title && titleLabel(title, messages), ...names].filter(Boolean).join(' ');
}
