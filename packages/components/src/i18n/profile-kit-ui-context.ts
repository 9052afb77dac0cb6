'use client';
import { createContext, useContext, useMemo } from 'react';
import { enMessages, type ProfileKitMessages } from './en-messages.js';

export interface ProfileKitUi {
  /** A BCP 47 locale for `Intl` (`de-DE`); the profile's `de_DE` form is accepted too. */
  locale: string;
  messages: ProfileKitMessages;
}

/** Internal: carries one component's locale and texts to its parts. Hosts use the props. */
export const ProfileKitUiContext = createContext<ProfileKitUi>({
  locale: 'en',
  messages: enMessages,
});

/**
 * The resolved locale and texts for a component's `locale` and `messages` props: English
 * with the host's messages on top. A message left `undefined` keeps the English text, so
 * a partial object built from optional config never shows "undefined".
 */
export function useResolvedUi(
  locale: string | undefined,
  messages: Partial<ProfileKitMessages> | undefined,
): ProfileKitUi {
  const tag = (locale ?? 'en').replaceAll('_', '-');
  return useMemo(() => {
    const defined = Object.entries(messages ?? {}).filter(([, text]) => typeof text === 'string');
    return { locale: tag, messages: { ...enMessages, ...Object.fromEntries(defined) } };
  }, [tag, messages]);
}

/** The locale and texts of the component this part belongs to. */
export function useProfileKitUi(): ProfileKitUi {
  return useContext(ProfileKitUiContext);
}
