import { deMessages } from './de-messages.js';
import { enMessages, type ProfileKitMessages } from './en-messages.js';

/**
 * The texts the kit ships, by language: English (the default) and German. Pass a
 * `locale` to the components to pick one, and `messages` to override single keys or to
 * bring a language of your own.
 *
 * @example
 * // A French storefront: start from English and translate what you need.
 * const fr: Partial<ProfileKitMessages> = { save: 'Enregistrer', cancel: 'Annuler' };
 * <ProfileForm locale="fr-FR" messages={fr} />
 */
export const profileKitMessages: {
  readonly en: ProfileKitMessages;
  readonly de: ProfileKitMessages;
} = { en: enMessages, de: deMessages };
