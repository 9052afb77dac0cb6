import { ChangeEmailForm, ChangePasswordForm } from '../src/account.js';
import { AddressBook, AddressForm } from '../src/addresses.js';
import { ProfileCard, ProfileForm } from '../src/index.js';

/**
 * Every component of the three entries, as a page would show them from a cache with the
 * profile and the addresses: what the server-log and the hydration tests render. (The
 * confirm page is left out: it sends its POST as it mounts.)
 */
export function EveryComponent() {
  return (
    <>
      <ProfileCard timeZone="UTC" />
      <ProfileForm languages={['de', 'en']} currencies={['EUR', 'USD']} />
      <AddressBook countries={['DE', 'GB']} />
      <AddressForm countries={['DE', 'GB']} />
      <ChangeEmailForm />
      <ChangePasswordForm />
    </>
  );
}
