import { ChangeEmailForm, ChangePasswordForm } from '@profile-kit/components/account';
import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { useEffect, useState } from 'react';

const sectionText = {
  en: {
    title: 'Sign-in & security',
    email: 'Email address',
    password: 'Password',
    refreshed:
      'A storefront’s refreshAccessToken is renewing its session now; this demo keeps its one token.',
  },
  de: {
    title: 'Anmeldung & Sicherheit',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    refreshed:
      'Das refreshAccessToken eines Shops erneuert jetzt seine Sitzung; diese Demo behält ihr eines Token.',
  },
} as const;

/** The menu's name of the section, in the page language. */
export const securityTitle = { en: sectionText.en.title, de: sectionText.de.title };

const onSecurityRoute = () => typeof window !== 'undefined' && window.location.hash === '#security';

/** Whether the address bar shows `#security`, following the menu's links. */
export function useSecurityRoute(): boolean {
  const [shown, setShown] = useState(onSecurityRoute);
  useEffect(() => {
    const update = () => setShown(onSecurityRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return shown;
}

export interface SecuritySectionProps {
  locale: 'en' | 'de';
  onSignIn: () => void;
}

/**
 * "My account → Sign-in & security": the email change (confirmed from the link mailed to
 * the new address, see `confirm-email-page.tsx`) and the password change.
 */
export function SecuritySection({ locale, onSignIn }: SecuritySectionProps) {
  const text = sectionText[locale];
  const messages = locale === 'de' ? deAccountMessages : undefined;
  const [renewed, setRenewed] = useState(false);
  return (
    <>
      <h1>{text.title}</h1>
      <section aria-labelledby="security-email" className="security-part">
        <h2 id="security-email">{text.email}</h2>
        <ChangeEmailForm locale={locale} messages={messages} onSignIn={onSignIn} />
      </section>
      <section aria-labelledby="security-password" className="security-part">
        <h2 id="security-password">{text.password}</h2>
        <ChangePasswordForm
          locale={locale}
          messages={messages}
          // The client's refreshAccessToken (a storefront has one) is renewing the session.
          onPasswordChanged={() => setRenewed(true)}
          onSessionExpired={onSignIn}
          onSignIn={onSignIn}
        />
        {renewed && <p className="shop-note">{text.refreshed}</p>}
      </section>
    </>
  );
}
