import { enMessages, type ProfileKitMessages } from './en-messages.js';

/**
 * The texts the components show by default: English. Other languages are opt-in, so a
 * shop ships only the ones it uses — German from `@profile-kit/components/locales/de`, or
 * your own: pass them as `messages`, whole or key by key, next to the `locale`.
 *
 * @example
 * ```tsx
 * // A French storefront: start from English and translate what you need.
 * const fr: Partial<ProfileKitMessages> = { save: 'Enregistrer', cancel: 'Annuler' };
 * <ProfileForm locale="fr-FR" messages={fr} />
 * ```
 */
export const profileKitMessages: { readonly en: ProfileKitMessages } = { en: enMessages };
