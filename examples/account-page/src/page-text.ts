import type { ProfileKitMessages } from '@profile-kit/components';
import { de } from '@profile-kit/components/locales/de';

/** The page's own texts (the kit's come from its messages). */
export const pageText = {
  en: {
    shop: 'Northwind Outfitters',
    skipToProfile: 'Skip to your profile',
    account: 'My account',
    profile: 'Profile',
    orders: 'Orders',
    addresses: 'Addresses',
    language: 'Language',
    site: 'Shop',
    signedInAs: 'Demo customer',
    signedOut: 'Signed out',
    signInElsewhere: 'Sign-in is handled by your storefront; this page only shows the profile.',
    mockNote: 'Running on the embedded mock API: nothing leaves your browser.',
  },
  de: {
    shop: 'Northwind Outfitters',
    skipToProfile: 'Zum Profil springen',
    account: 'Mein Konto',
    profile: 'Profil',
    orders: 'Bestellungen',
    addresses: 'Adressen',
    language: 'Sprache',
    site: 'Shop',
    signedInAs: 'Demo-Kunde',
    signedOut: 'Abgemeldet',
    signInElsewhere: 'Die Anmeldung übernimmt Ihr Shop; diese Seite zeigt nur das Profil.',
    mockNote: 'Läuft auf der eingebauten Mock-API: nichts verlässt Ihren Browser.',
  },
} as const;

export type Locale = keyof typeof pageText;

/** The kit's texts per page language: English is built in, German is opt-in. */
export const kitMessages: Record<Locale, ProfileKitMessages | undefined> = { en: undefined, de };

/** Title codes per page language: German says "Frau" for both MRS and MS, so it offers one. */
export const titlesFor: Record<Locale, readonly string[] | undefined> = {
  en: undefined,
  de: ['MR', 'MS', 'DR'],
};
