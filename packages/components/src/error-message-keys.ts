import type { ProfileKitErrorKind } from '@profile-kit/hooks';
import type { ProfileKitMessages } from './en-messages.js';

type MessageKey = keyof ProfileKitMessages;

/** What to tell the customer when the profile could not be read. */
export function loadErrorMessageKey(kind: ProfileKitErrorKind | undefined): MessageKey {
  switch (kind) {
    case 'unauthorized':
      return 'loadErrorUnauthorized';
    case 'forbidden':
      return 'loadErrorForbidden';
    case 'not-found':
      return 'loadErrorNotFound';
    case 'network':
      return 'loadErrorNetwork';
    case 'timeout':
      return 'loadErrorTimeout';
    case 'rate-limited':
      return 'loadErrorRateLimited';
    default:
      return 'loadErrorServer';
  }
}

/** What to tell the customer when a save failed for a reason other than their input or a conflict. */
export function saveErrorMessageKey(kind: ProfileKitErrorKind | undefined): MessageKey {
  switch (kind) {
    case 'unauthorized':
      return 'saveErrorUnauthorized';
    case 'forbidden':
      return 'saveErrorForbidden';
    case 'network':
      return 'saveErrorNetwork';
    case 'timeout':
      return 'saveErrorTimeout';
    case 'rate-limited':
      return 'saveErrorRateLimited';
    default:
      return 'saveErrorServer';
  }
}
