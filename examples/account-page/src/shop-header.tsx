import type { Account } from './account-page.js';
import { type Locale, pageText } from './page-text.js';
import { sites } from './site-config.js';

export interface ShopHeaderProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  siteCode: string;
  onSiteChange: (siteCode: string) => void;
  /** Mock mode: the demo customers to switch between (real-API mode has one token). */
  accounts: readonly Account[] | undefined;
  /** The signed-in customer's session, `''` when signed out. */
  session: string;
  onSessionChange: (session: string) => void;
}

/** The storefront's header: its logo, and the shop, language and (mock mode) customer pickers. */
export function ShopHeader({
  locale,
  onLocaleChange,
  siteCode,
  onSiteChange,
  accounts,
  session,
  onSessionChange,
}: ShopHeaderProps) {
  const text = pageText[locale];
  return (
    <header className="shop-header">
      <a className="shop-logo" href="#profile">
        {text.shop}
      </a>
      <div className="shop-controls">
        <label>
          {text.site}{' '}
          <select value={siteCode} onChange={(event) => onSiteChange(event.target.value)}>
            {sites.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.language}{' '}
          <select value={locale} onChange={(event) => onLocaleChange(event.target.value as Locale)}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
        {accounts && (
          <label>
            {text.signedInAs}{' '}
            <select value={session} onChange={(event) => onSessionChange(event.target.value)}>
              {accounts.map((option) => (
                <option key={option.session} value={option.session}>
                  {option.label}
                </option>
              ))}
              <option value="">{text.signedOut}</option>
            </select>
          </label>
        )}
      </div>
    </header>
  );
}
