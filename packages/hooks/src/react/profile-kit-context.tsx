'use client';
import { createContext, useContext } from 'react';
import type { ProfileClient } from '../client/create-profile-client.js';
import { ProfileKitError } from '../client/profile-kit-error.js';

export interface ProfileKitContextValue {
  client: ProfileClient;
  session: string | null;
}

export const ProfileKitContext = createContext<ProfileKitContextValue | null>(null);

/** The client and session from the nearest `ProfileKitProvider`. */
export function useProfileKit(): ProfileKitContextValue {
  const value = useContext(ProfileKitContext);
  if (!value) throw new ProfileKitError('config', 'Needs a <ProfileKitProvider>.');
  return value;
}
