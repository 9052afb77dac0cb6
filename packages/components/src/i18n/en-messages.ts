import { dataReasonMessages } from '@profile-kit/hooks';

/**
 * The kit's English texts — every string `ProfileCard` and `ProfileForm` show. `{name}`
 * placeholders are filled in at render time. This object is also the shape of
 * {@link ProfileKitMessages}: every other language has exactly these keys.
 */
export const enMessages = {
  loading: 'Loading your profile…',
  retry: 'Try again',
  signIn: 'Sign in',
  signInAgain: 'Sign in again',
  edit: 'Edit profile',
  save: 'Save changes',
  cancel: 'Cancel',

  cardUntitled: 'Your profile',
  cardAnonymous: 'Sign in to see your profile.',
  formAnonymous: 'Sign in to edit your profile.',

  labelTitle: 'Title',
  labelFirstName: 'First name',
  labelMiddleName: 'Middle name',
  labelLastName: 'Last name',
  labelContactEmail: 'Email',
  labelContactPhone: 'Phone',
  labelCompany: 'Company',
  labelPreferredLanguage: 'Preferred language',
  labelPreferredCurrency: 'Preferred currency',
  labelPreferredSite: 'Preferred site',
  labelCompanyRegistrationId: 'Company registration ID',
  labelLegalEntities: 'Legal entities',
  labelLastLogin: 'Last login',

  titleMr: 'Mr',
  titleMrs: 'Mrs',
  titleMs: 'Ms',
  titleDr: 'Dr',
  titleNone: 'No title',

  /** How a language, currency or site is shown: its display name and its code. */
  nameWithCode: '{name} – {code}',
  optionNotSet: 'Not set',
  optionInvalid: '{value} (not valid)',
  valueEmpty: '(empty)',

  descriptionPreferredLanguage: 'A language code, like en or en_US.',
  descriptionPreferredCurrency: 'A three-letter currency code, like EUR.',
  descriptionCompanyRegistrationId: 'Saving it also needs first name, last name and company.',

  noticeInvalidLanguage: 'The saved value {value} is not a valid language. Choose one.',
  noticeInvalidCurrency: 'The saved value {value} is not a valid currency. Choose one.',
  noticeUnlisted: 'The saved value {value} is not offered here. Keep it or choose another.',

  errorLanguage: 'Choose a valid language, like en or en_US.',
  errorCurrency: 'Choose a valid currency, like EUR.',
  errorEmail: 'Enter an email address like name@example.com.',
  errorEmailRequired: 'Your email address cannot be removed.',
  errorFirstNameRequired: 'Enter your first name; it cannot be removed.',
  errorLastNameRequired: 'Enter your last name; it cannot be removed.',
  // Where the hooks' English text for a data rule says it as the form would, it is that
  // text: one owner for the words.
  errorPhone: dataReasonMessages['phone.characters'],
  errorPhoneTooShort: dataReasonMessages['phone.too-short'],
  errorPhoneTooLong: dataReasonMessages['phone.too-long'],
  errorCurrencyWithdrawn: 'This currency has been withdrawn. Choose a current one, like EUR.',
  errorCurrencyNotMoney: 'This code is not a currency you can pay in. Choose one like EUR.',
  errorTextControl: dataReasonMessages['text.control-character'],
  errorTextBroken: 'This text holds a broken character. Retype it.',
  errorTextInvisible: dataReasonMessages['text.invisible-only'],
  errorTooLong: 'Use at most {max} characters.',
  errorRequiredWithRegistrationId: 'Required together with a company registration ID.',
  errorSiteRequired: 'Choose a site.',
  errorInvalid: 'This value is not valid.',

  loadErrorUnauthorized: 'Your session has expired. Sign in again to see your profile.',
  loadErrorForbidden: 'This session cannot see a profile. Sign in as a customer.',
  loadErrorNotFound: 'We could not find your profile.',
  loadErrorNetwork: 'We could not reach the server. Check your connection and try again.',
  loadErrorOffline: 'You are offline. Your profile loads as soon as you are back online.',
  loadErrorTimeout: 'The server did not answer in time. Try again.',
  loadErrorRateLimited: 'Too many requests. Wait a moment, then try again.',
  loadErrorServer: 'Your profile could not be loaded right now. Try again later.',
  /** For an answer the kit cannot read or a wrong client setup, which trying again does not fix. */
  loadErrorUnavailable: 'Your profile cannot be shown right now.',

  saveSuccess: 'Your profile has been saved.',
  saveNoChanges: 'There are no changes to save.',
  saveErrorUnauthorized: 'Your session has expired. Sign in again; your changes are kept here.',
  saveErrorForbidden: 'Sign in as a customer to change your profile.',
  saveErrorNetwork: 'We could not reach the server. Your changes are kept; try again.',
  saveErrorOffline: 'You are offline. Your changes are kept: save them once you are back online.',
  saveErrorTimeout: 'The server did not answer in time. Your changes are kept; try again.',
  saveErrorRateLimited: 'Too many attempts. Wait a moment, then try again.',
  saveErrorServer: 'Your changes could not be saved right now. They are kept; try again later.',
  saveErrorValidation: 'Some details could not be saved: {fields}.',
  saveErrorRefused: 'The server refused these changes. Check your entries and try again.',

  conflictMessage:
    'Your profile was changed elsewhere while you were editing. Your changes are kept.',
  conflictChangesTitle: 'Changed elsewhere',
  conflictYours: 'Yours: {value}',
  conflictTheirs: 'Theirs: {value}',
  conflictKeepMine: 'Review and save mine again',
  conflictUseTheirs: 'Use theirs',
  conflictKeptMine:
    'Your changes are now on the latest version. Check the highlighted fields, then save.',
  conflictUsedTheirs:
    'The highlighted fields now show the latest values. Your other changes are kept until you save.',
};

/** Every text the kit shows, by key. Override any of them with the components' `messages` prop. */
export type ProfileKitMessages = { readonly [Key in keyof typeof enMessages]: string };
