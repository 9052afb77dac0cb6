import type { ProfileKitErrorKind } from '@profile-kit/hooks';
import { onlineManager } from '@tanstack/react-query';
import type { AddressMessages } from '../address-card/address-messages.js';

type ErrorKey = Extract<keyof AddressMessages, `addressError${string}`>;

// The kinds a customer can act on; every other one reads as a server problem.
const texts: Partial<Record<ProfileKitErrorKind, ErrorKey>> = {
  unauthorized: 'addressErrorUnauthorized',
  forbidden: 'addressErrorForbidden',
  'not-found': 'addressErrorNotFound',
  'rate-limited': 'addressErrorRateLimited',
  network: 'addressErrorNetwork',
  timeout: 'addressErrorTimeout',
  validation: 'addressErrorFields',
  'invalid-input': 'addressErrorFields',
};

/**
 * What to tell the customer when an address could not be saved, added or removed — the
 * wording of the profile's save errors ("your changes are kept"), in the address texts so
 * an address page ships no profile texts. A network failure while offline says so.
 */
export function addressErrorText(
  kind: ProfileKitErrorKind | undefined,
  messages: AddressMessages,
): string {
  if (kind === 'network' && !onlineManager.isOnline()) return messages.addressErrorOffline;
  return messages[(kind && texts[kind]) || 'addressErrorServer'];
}
