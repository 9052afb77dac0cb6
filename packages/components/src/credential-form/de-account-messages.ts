import type { AccountMessages } from './account-messages.js';

/** German texts of the sign-in & security components, for `messages` next to `locale="de-DE"`. */
export const deAccountMessages: AccountMessages = {
  currentPassword: 'Aktuelles Passwort',
  newPassword: 'Neues Passwort',
  confirmPassword: 'Neues Passwort wiederholen',
  show: 'Anzeigen',
  showPassword: 'Anzeigen: {field}',
  passwordHint: 'Mindestens 8 Zeichen; ein längeres mit Ziffern und Sonderzeichen ist sicherer.',
  strengthWeak: 'Stärke: schwach.',
  strengthFair: 'Stärke: mittel.',
  strengthStrong: 'Stärke: stark.',
  changePassword: 'Passwort ändern',
  changingPassword: 'Ihr Passwort wird geändert…',
  passwordChanged: 'Ihr Passwort wurde geändert.',

  currentEmail: 'Sie melden sich mit {email} an.',
  newEmail: 'Neue E-Mail-Adresse',
  emailPassword: 'Passwort',
  syncContactEmail: 'Auch als Kontakt-E-Mail verwenden',
  changeEmail: 'E-Mail ändern',
  sendingEmail: 'Der Bestätigungslink wird gesendet…',
  emailSent:
    'Sehen Sie in Ihrem Postfach nach: Wir haben einen Link an {email} gesendet. Ihre E-Mail ändert sich, sobald Sie ihn öffnen.',

  confirming: 'Ihre neue E-Mail-Adresse wird bestätigt…',
  confirmed: 'Ihre neue E-Mail-Adresse ist bestätigt. Melden Sie sich ab jetzt damit an.',
  tokenExpired:
    'Dieser Link ist abgelaufen. Fordern Sie die Änderung in Ihrem Konto unter Anmeldung & Sicherheit erneut an.',
  tokenInvalid:
    'Dieser Link ist ungültig oder wurde schon verwendet. Haben Sie schon bestätigt, melden Sie sich mit der neuen E-Mail an; sonst fordern Sie die Änderung erneut an.',
  continue: 'Weiter',

  errorPasswordRequired: 'Geben Sie Ihr Passwort ein.',
  errorCurrentPasswordRequired: 'Geben Sie Ihr aktuelles Passwort ein.',
  errorNewPasswordRequired: 'Geben Sie ein neues Passwort ein.',
  errorConfirmRequired: 'Wiederholen Sie das neue Passwort.',
  errorMismatch: 'Die Passwörter stimmen nicht überein.',
  errorSameAsCurrent: 'Wählen Sie ein anderes als Ihr aktuelles Passwort.',
  errorWrongPassword: 'Dieses Passwort ist nicht korrekt.',
  errorEmail: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  errorSameEmail: 'Mit dieser E-Mail melden Sie sich bereits an.',
  errorRefused: 'Der Server hat die Änderung abgelehnt. Prüfen Sie Ihre Eingaben.',

  failedUnauthorized:
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre Eingaben bleiben erhalten.',
  failedForbidden: 'Melden Sie sich als Kunde an, um dies zu ändern.',
  failedRateLimited: 'Zu viele Versuche. Versuchen Sie es {when} erneut.',
  failedRateLimitedLater:
    'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es erneut.',
  failedOffline:
    'Sie sind offline. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut, sobald Sie wieder online sind.',
  failedNetwork:
    'Der Server war nicht erreichbar. Ihre Eingaben bleiben erhalten; versuchen Sie es erneut.',
  failedTimeout:
    'Der Server hat nicht rechtzeitig geantwortet. Ihre Eingaben bleiben erhalten; versuchen Sie es erneut.',
  failedServer:
    'Das hat gerade nicht geklappt. Ihre Eingaben bleiben erhalten; versuchen Sie es später erneut.',
  loading: 'Ihr Konto wird geladen…',
  signedOut: 'Melden Sie sich an, um Ihre Anmeldedaten zu ändern.',
  signIn: 'Anmelden',
  signInAgain: 'Erneut anmelden',
  retry: 'Erneut versuchen',
};
