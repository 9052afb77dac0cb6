'use client';
import { useMemo } from 'react';
import { type AccountMessages, enAccountMessages } from './account-messages.js';

/**
 * English with the host's `messages` on top; a key left `undefined` keeps the English
 * text, so a partial object built from optional config never shows "undefined".
 */
export function useAccountText(messages: Partial<AccountMessages> | undefined): AccountMessages {
  return useMemo(() => {
    const defined = Object.entries(messages ?? {}).filter(([, text]) => typeof text === 'string');
    return { ...enAccountMessages, ...Object.fromEntries(defined) };
  }, [messages]);
}
