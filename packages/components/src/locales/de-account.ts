// German for the sign-in & security components, in its own entry like `locales/de`: a page
// in English only ships none of it.
export { deAccountMessages } from '../credential-form/de-account-messages.js';
