import type { ProfileKitMessages } from '../i18n/en-messages.js';

export { deAddressMessages } from '../address-card/de-address-messages.js';

/**
 * The kit's German texts, in the polite "Sie" form most German shops use. Opt-in, from
 * its own entry point, so a shop that does not speak German does not ship them: pass them
 * as `messages` next to a German `locale`, which still picks the `Intl` names, dates and
 * number formats.
 *
 * @example
 * ```tsx
 * import { de } from '@profile-kit/components/locales/de';
 *
 * <ProfileCard locale="de-DE" messages={de} />
 * <ProfileForm locale="de-CH" messages={{ ...de, save: 'Speichern' }} />
 * ```
 */
export const de: ProfileKitMessages = {
  loading: 'Ihr Profil wird geladen …',
  retry: 'Erneut versuchen',
  signIn: 'Anmelden',
  signInAgain: 'Erneut anmelden',
  edit: 'Profil bearbeiten',
  save: 'Änderungen speichern',
  cancel: 'Abbrechen',

  cardUntitled: 'Ihr Profil',
  cardAnonymous: 'Melden Sie sich an, um Ihr Profil zu sehen.',
  formAnonymous: 'Melden Sie sich an, um Ihr Profil zu bearbeiten.',

  labelTitle: 'Anrede',
  labelFirstName: 'Vorname',
  labelMiddleName: 'Zweiter Vorname',
  labelLastName: 'Nachname',
  labelContactEmail: 'E-Mail',
  labelContactPhone: 'Telefon',
  labelCompany: 'Firma',
  labelPreferredLanguage: 'Bevorzugte Sprache',
  labelPreferredCurrency: 'Bevorzugte Währung',
  labelPreferredSite: 'Bevorzugter Shop',
  labelCompanyRegistrationId: 'Handelsregisternummer',
  labelLegalEntities: 'Rechtseinheiten',
  labelLastLogin: 'Letzte Anmeldung',

  titleMr: 'Herr',
  titleMrs: 'Frau',
  titleMs: 'Frau',
  titleDr: 'Dr.',
  titleNone: 'Keine Anrede',

  nameWithCode: '{name} – {code}',
  optionNotSet: 'Nicht festgelegt',
  optionInvalid: '{value} (ungültig)',
  valueEmpty: '(leer)',

  descriptionPreferredLanguage: 'Ein Sprachcode wie de oder de_DE.',
  descriptionPreferredCurrency: 'Ein dreistelliger Währungscode wie EUR.',
  descriptionCompanyRegistrationId: 'Zum Speichern sind auch Vorname, Nachname und Firma nötig.',

  noticeInvalidLanguage:
    'Der gespeicherte Wert {value} ist keine gültige Sprache. Bitte wählen Sie eine.',
  noticeInvalidCurrency:
    'Der gespeicherte Wert {value} ist keine gültige Währung. Bitte wählen Sie eine.',
  noticeUnlisted:
    'Der gespeicherte Wert {value} wird hier nicht angeboten. Sie können ihn behalten oder einen anderen wählen.',

  errorLanguage: 'Wählen Sie eine gültige Sprache, z. B. de oder de_DE.',
  errorCurrency: 'Wählen Sie eine gültige Währung, z. B. EUR.',
  errorEmail: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  errorEmailRequired: 'Ihre E-Mail-Adresse kann nicht entfernt werden.',
  errorFirstNameRequired: 'Geben Sie Ihren Vornamen ein; er kann nicht entfernt werden.',
  errorLastNameRequired: 'Geben Sie Ihren Nachnamen ein; er kann nicht entfernt werden.',
  errorPhone: 'Verwenden Sie nur Ziffern, Leerzeichen und + ( ) - . /',
  errorPhoneTooShort: 'Geben Sie die ganze Nummer ein: mindestens 5 Ziffern.',
  errorPhoneTooLong: 'Eine Telefonnummer hat höchstens 15 Ziffern.',
  errorCurrencyWithdrawn: 'Diese Währung wurde abgeschafft. Wählen Sie eine aktuelle, z. B. EUR.',
  errorCurrencyNotMoney:
    'Dieser Code ist keine Währung, in der Sie zahlen können. Wählen Sie z. B. EUR.',
  errorTextControl: 'Entfernen Sie Tabulatoren, Zeilenumbrüche und andere Steuerzeichen.',
  errorTextBroken: 'Dieser Text enthält ein defektes Zeichen. Geben Sie ihn neu ein.',
  errorTextInvisible: 'Geben Sie sichtbare Zeichen ein.',
  errorTooLong: 'Höchstens {max} Zeichen.',
  errorRequiredWithRegistrationId: 'Zusammen mit einer Handelsregisternummer erforderlich.',
  errorSiteRequired: 'Wählen Sie einen Shop.',
  errorInvalid: 'Dieser Wert ist ungültig.',

  loadErrorUnauthorized:
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Ihr Profil zu sehen.',
  loadErrorForbidden: 'Mit dieser Sitzung ist kein Profil sichtbar. Melden Sie sich als Kunde an.',
  loadErrorNotFound: 'Ihr Profil wurde nicht gefunden.',
  loadErrorNetwork:
    'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  loadErrorOffline: 'Sie sind offline. Ihr Profil wird geladen, sobald Sie wieder online sind.',
  loadErrorTimeout: 'Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  loadErrorRateLimited: 'Zu viele Anfragen. Warten Sie kurz und versuchen Sie es dann erneut.',
  loadErrorServer: 'Ihr Profil kann gerade nicht geladen werden. Versuchen Sie es später erneut.',
  loadErrorUnavailable: 'Ihr Profil kann gerade nicht angezeigt werden.',

  saveSuccess: 'Ihr Profil wurde gespeichert.',
  saveNoChanges: 'Es gibt keine Änderungen zu speichern.',
  saveErrorUnauthorized:
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre Änderungen bleiben hier erhalten.',
  saveErrorForbidden: 'Melden Sie sich als Kunde an, um Ihr Profil zu ändern.',
  saveErrorNetwork:
    'Der Server ist nicht erreichbar. Ihre Änderungen bleiben erhalten; versuchen Sie es erneut.',
  saveErrorOffline:
    'Sie sind offline. Ihre Änderungen bleiben erhalten: Speichern Sie sie, sobald Sie wieder online sind.',
  saveErrorTimeout:
    'Der Server hat nicht rechtzeitig geantwortet. Ihre Änderungen bleiben erhalten; versuchen Sie es erneut.',
  saveErrorRateLimited: 'Zu viele Versuche. Warten Sie kurz und versuchen Sie es dann erneut.',
  saveErrorServer:
    'Ihre Änderungen können gerade nicht gespeichert werden. Sie bleiben erhalten; versuchen Sie es später erneut.',
  saveErrorValidation: 'Einige Angaben konnten nicht gespeichert werden: {fields}.',
  saveErrorRefused:
    'Der Server hat diese Änderungen abgelehnt. Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',

  conflictMessage:
    'Ihr Profil wurde während der Bearbeitung an anderer Stelle geändert. Ihre Änderungen bleiben erhalten.',
  conflictChangesTitle: 'An anderer Stelle geändert',
  conflictYours: 'Ihr Wert: {value}',
  conflictTheirs: 'Neuer Wert: {value}',
  conflictKeepMine: 'Meine Werte prüfen und erneut speichern',
  conflictUseTheirs: 'Neue Werte übernehmen',
  conflictKeptMine:
    'Ihre Änderungen liegen jetzt auf der neuesten Version. Prüfen Sie die markierten Felder und speichern Sie dann.',
  conflictUsedTheirs:
    'Die markierten Felder zeigen jetzt die neuesten Werte. Ihre übrigen Änderungen bleiben bis zum Speichern erhalten.',
};
