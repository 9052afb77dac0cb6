import { AddressBook } from '@profile-kit/components/addresses';
import { deAddressMessages } from '@profile-kit/components/locales/de';

// Where each of the page's sites ships to: wider than the mock's seeded sites, so the
// demo shows each country's rules. A storefront passes `siteCode` instead, and the book
// reads the site's `shipToCountries` from Site Settings.
const shipTo: Record<string, readonly string[]> = {
  main: ['DE', 'AT', 'CH', 'FR', 'GB', 'US', 'JP'],
  ch: ['CH', 'LI', 'DE', 'AT', 'FR'],
};

export interface AddressesSectionProps {
  locale: 'en' | 'de';
  siteCode: string;
  /** Nobody signed in: no address book to show (it needs a customer session). */
  signedIn: boolean;
  /** The storefront's sign-in, offered when the session has expired. */
  onSignIn: () => void;
}

/** "My account → Addresses": the kit's address book, in the page's language. */
export function AddressesSection({ locale, siteCode, signedIn, onSignIn }: AddressesSectionProps) {
  if (!signedIn) return null;
  return (
    <AddressBook
      id="addresses"
      className="account-section"
      locale={locale}
      messages={locale === 'de' ? deAddressMessages : undefined}
      countries={shipTo[siteCode] ?? shipTo.main}
      onSignIn={onSignIn}
    />
  );
}
