'use client';
import type { CustomerProfile, Site } from '@profile-kit/hooks';
import { type ComponentPropsWithRef, forwardRef, useMemo } from 'react';
import { slotProps } from '../field/slot-props.js';
import type { ProfileKitMessages } from '../i18n/en-messages.js';
import { ProfileKitUiContext, useResolvedUi } from '../i18n/profile-kit-ui-context.js';
import { isB2bProfile } from '../model/is-b2b-profile.js';
import type { ProfileFormField } from '../model/profile-form-fields.js';
import { isProfileFormField, profileFormFields } from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { FormSkeleton } from '../view/profile-skeleton.js';
import { ProfileViewStatus } from '../view/profile-view-status.js';
import { useProfileView } from '../view/use-profile-view.js';
import { skeletonFields } from './field-choices.js';
import { ProfileFormEditor } from './profile-form-editor.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';
import { useFormSiteOptions } from './use-form-site-options.js';

export interface ProfileFormProps
  extends Omit<ComponentPropsWithRef<'form'>, 'onSubmit' | 'children' | 'noValidate'> {
  /**
   * The fields to show, in this order. Default: all of them — preferred site only when
   * `sites` are given, company registration id only for B2B customers (these two rules
   * apply to a host's list too).
   */
  fields?: readonly ProfileFormField[] | undefined;
  /**
   * The storefront's site (as `useSite` reads it): its `languages` and
   * `availableCurrencies` (with `defaultLanguage` and `currency`) become the language and
   * currency pickers. `languages` and `currencies` given as props win over it.
   */
  site?: Site | undefined;
  /**
   * Instead of `site`: the code of the site to read with `useSite` (one request however
   * many components read it). The form shows its skeleton until the site is read; if the
   * read fails, the pickers it would have filled are text boxes.
   */
  siteCode?: string | undefined;
  /**
   * The languages to offer (`en`, `de`, `en_US`, `de-DE`); win over the site's. Without
   * them or a site, the language is a text box for a code.
   */
  languages?: readonly string[] | undefined;
  /** The currencies to offer; win over the site's. Without them or a site, a text box for a code. */
  currencies?: readonly string[] | undefined;
  /** The sites to offer; the preferred-site picker is shown only with them. */
  sites?: readonly ProfileSite[] | undefined;
  /**
   * The title codes to offer. Default `MR`, `MRS`, `MS`, `DR`; a stored other title stays
   * available, one stored in another case (`Ms`) is matched, and titles the UI language
   * names alike (German "Frau" for `MRS` and `MS`) are offered once.
   */
  titles?: readonly string[] | undefined;
  /**
   * UI locale for `Intl` names (languages, currencies): `en` (default), `de`, `de-CH`, …
   * The texts come from `messages` (English by default), so a German page passes both.
   */
  locale?: string | undefined;
  /**
   * Texts: a whole catalog such as `de` from `@profile-kit/components/locales/de`, or
   * single keys over English; see `ProfileKitMessages`.
   */
  messages?: Partial<ProfileKitMessages> | undefined;
  /** Extra class names per part, merged with the `pk-` classes. `className` goes on the `form` too. */
  classNames?: ProfileFormClassNames | undefined;
  /** Called with the profile as stored after a successful save. */
  onSaved?: ((profile: CustomerProfile) => void) | undefined;
  /** Called after Cancel has put the stored values back. */
  onCancel?: (() => void) | undefined;
  /** Called when a save finds the session expired (401); the edits stay in the form. */
  onSessionExpired?: (() => void) | undefined;
  /** Called by the Sign in buttons (anonymous visitor, expired session, forbidden). */
  onSignIn?: (() => void) | undefined;
}

/**
 * An editable form for the signed-in customer's profile, prefilled from
 * `useCustomerProfile` and saved with `useUpdateProfile`.
 *
 * - Validates with the hooks' `profilePatchSchema` — the same schema the client uses —
 *   before anything is sent; errors show on their fields and focus moves to the first.
 * - Sends only the changed fields, with `metadata.version`; a cleared field as `""`.
 * - Keeps the customer's edits through every failure, and through background refetches,
 *   which update only the fields not being edited.
 * - On a conflict (409) shows what changed elsewhere and offers to apply the edits on
 *   top of the latest version.
 *
 * States, as `data-state` on the root `form`: `loading`, `error`, `anonymous`, then
 * `idle`, `saving` (`aria-busy`), `saved`, `no-changes`, `failed`, `conflict`.
 *
 * @example
 * ```tsx
 * import { ProfileForm } from '@profile-kit/components';
 * import { de } from '@profile-kit/components/locales/de';
 * import '@profile-kit/components/styles.css';
 *
 * <ProfileForm
 *   locale="de-DE"
 *   messages={de}
 *   siteCode="main"
 *   sites={sites}
 *   onSaved={() => navigate('/account')}
 *   onCancel={() => navigate('/account')}
 *   onSessionExpired={() => auth.signInAgain()}
 *   onSignIn={() => navigate('/login')}
 * />
 * ```
 */
export const ProfileForm = forwardRef<HTMLFormElement, ProfileFormProps>(function ProfileForm(
  { fields, locale, messages, classNames, className, onSignIn, site, siteCode, ...props },
  ref,
) {
  const ui = useResolvedUi(locale, messages);
  const profileView = useProfileView();
  const { pending, ...offered } = useFormSiteOptions({ site, siteCode, ...props });
  // Ready only once the site's options are known too: no text box that turns into a picker.
  const view =
    pending && profileView.state === 'ready'
      ? { ...profileView, state: 'loading' as const, busy: true }
      : profileView;
  const { state, profile } = view;
  const b2b = profile !== undefined && isB2bProfile(profile);
  const hasSites = props.sites !== undefined;

  const shown = (fields ?? profileFormFields).filter(
    (field, index, all) =>
      isProfileFormField(field) &&
      all.indexOf(field) === index &&
      (field !== 'preferredSite' || hasSites) &&
      (field !== 'b2b.companyRegistrationId' || b2b),
  );
  // The same list while the same fields are shown, so an inline `fields={[...]}` does not
  // churn the form: the list is rebuilt every render, its content is what counts.
  const shownKey = shown.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the content, not the array
  const visibleFields = useMemo(() => shown, [shownKey]);

  if (state === 'ready' && profile) {
    return (
      <ProfileKitUiContext.Provider value={ui}>
        <ProfileFormEditor
          key={profile.id}
          {...props}
          {...offered}
          formRef={ref}
          className={className}
          classNames={classNames}
          profile={profile}
          fields={visibleFields}
          onSignIn={onSignIn}
        />
      </ProfileKitUiContext.Provider>
    );
  }

  const {
    languages: _languages,
    currencies: _currencies,
    sites: _sites,
    titles: _titles,
    onSaved: _onSaved,
    onCancel: _onCancel,
    onSessionExpired: _onSessionExpired,
    ...formProps
  } = props;
  return (
    <ProfileKitUiContext.Provider value={ui}>
      <form
        {...formProps}
        ref={ref}
        {...slotProps('form', classNames, className)}
        data-state={state}
        aria-busy={view.busy || undefined}
      >
        <ProfileViewStatus
          view={view}
          anonymousText={ui.messages.formAnonymous}
          onSignIn={onSignIn}
          skeleton={
            <FormSkeleton
              fields={skeletonFields(visibleFields, { ...props, ...offered }, ui.messages)}
              classNames={classNames}
            />
          }
          classNames={classNames}
        />
      </form>
    </ProfileKitUiContext.Provider>
  );
});
