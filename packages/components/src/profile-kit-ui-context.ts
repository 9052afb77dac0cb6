'use client';
import { createContext, useContext, useMemo } from 'react';
import type { ProfileKitMessages } from './en-messages.js';
import { resolveMessages } from './resolve-messages.js';

export interface ProfileKitUi {
  /** A BCP 47 locale for `Intl` (`de-DE`); the profile's `de_DE` form is accepted too. */
  locale: string;
  messages: ProfileKitMessages;
}

/** Internal: carries one component's locale and texts to its parts. Hosts use the props. */
export const ProfileKitUiContext = createContext<ProfileKitUi>({
  locale: 'en',
  messages: resolveMessages('en', undefined),
});

/** The resolved locale and texts for a component's `locale` and `messages` props. */
export function useResolvedUi(
  locale: string | undefined,
  messages: Partial<ProfileKitMessages> | undefined,
): ProfileKitUi {
  const tag = (locale ?? 'en').replaceAll('_', '-');
  return useMemo(
    () => ({ locale: tag, messages: resolveMessages(tag, messages) }),
    [tag, messages],
  );
}

/** The locale and texts of the component this part belongs to. */
export function useProfileKitUi(): ProfileKitUi {
  return useContext(ProfileKitUiContext);
}
