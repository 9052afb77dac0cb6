'use client';
import { type ComponentPropsWithRef, forwardRef, useId } from 'react';
import { joinTokens } from '../field/join-tokens.js';
import { slotProps } from '../field/slot-props.js';
import type { ProfileKitMessages } from '../i18n/en-messages.js';
import { formatProfileName } from '../i18n/format-profile-name.js';
import { ProfileKitUiContext, useResolvedUi } from '../i18n/profile-kit-ui-context.js';
import type { ProfileSite } from '../model/profile-site.js';
import { ProfileButton } from '../view/profile-button.js';
import { CardSkeleton } from '../view/profile-skeleton.js';
import { ProfileViewStatus } from '../view/profile-view-status.js';
import { useProfileView } from '../view/use-profile-view.js';
import { ProfileCardDetails } from './profile-card-details.js';
import type { ProfileCardClassNames } from './profile-card-slot.js';

export interface ProfileCardProps extends Omit<ComponentPropsWithRef<'section'>, 'children'> {
  /**
   * UI locale for `Intl` names, dates and numbers: `en` (default), `de`, `de-CH`, … The
   * texts come from `messages` (English by default), so a German page passes both.
   */
  locale?: string | undefined;
  /**
   * Texts: a whole catalog such as `de` from `@profile-kit/components/locales/de`, or
   * single keys over English; see `ProfileKitMessages`.
   */
  messages?: Partial<ProfileKitMessages> | undefined;
  /** Extra class names per part, merged with the `pk-` classes. `className` goes on the root too. */
  classNames?: ProfileCardClassNames | undefined;
  /** The shop's sites, to show the preferred site by name instead of its code. */
  sites?: readonly ProfileSite[] | undefined;
  /** Level of the heading with the customer's name. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /**
   * Time zone for the last login (IANA name). Without it, a server render and its
   * hydration show UTC, and the browser's own zone follows right after hydration.
   */
  timeZone?: string | undefined;
  /** Shows an Edit button that calls this. */
  onEdit?: (() => void) | undefined;
  /** Called by the Sign in button shown to anonymous visitors and after an expired session. */
  onSignIn?: (() => void) | undefined;
}

/**
 * Shows the signed-in customer's profile from `useCustomerProfile`: name with title,
 * email, phone, company, preferred language and currency by name in the UI locale (with
 * their codes), preferred site, for B2B customers the company registration id and legal
 * entities, and the last login. Fields without a value are left out.
 *
 * States, as `data-state` on the root `section`: `loading` (a skeleton, `aria-busy`),
 * `error` (a message for the kind of failure, and Retry), `anonymous` (a sign-in
 * prompt; also while the provider's `session` is `null`) and `ready`.
 *
 * Needs a `ProfileKitProvider` inside a `QueryClientProvider`. Style it with
 * `@profile-kit/components/styles.css` and the `--pk-*` tokens, or with your own CSS on
 * the `pk-` classes and `data-slot`s.
 *
 * @example
 * ```tsx
 * import { ProfileCard } from '@profile-kit/components';
 * import { de } from '@profile-kit/components/locales/de';
 * import '@profile-kit/components/styles.css';
 *
 * <ProfileCard
 *   locale="de-DE"
 *   messages={de}
 *   sites={site.list}
 *   onEdit={() => navigate('/account/profile/edit')}
 *   onSignIn={() => navigate('/login')}
 * />
 * ```
 */
export const ProfileCard = forwardRef<HTMLElement, ProfileCardProps>(function ProfileCard(
  {
    locale,
    messages,
    classNames,
    className,
    sites,
    headingLevel = 2,
    timeZone,
    onEdit,
    onSignIn,
    ...props
  },
  ref,
) {
  const ui = useResolvedUi(locale, messages);
  const titleId = useId();
  const view = useProfileView();
  const { state, profile } = view;

  const Heading = `h${headingLevel}` as const;

  return (
    <ProfileKitUiContext.Provider value={ui}>
      <section
        {...props}
        ref={ref}
        {...slotProps('card', classNames, className)}
        data-state={state}
        aria-busy={view.busy || undefined}
        // Ready, the heading names the section, unless the host named it: its aria-label is
        // kept, and its aria-labelledby comes after the heading.
        aria-labelledby={
          state === 'ready' && !props['aria-label']
            ? joinTokens(titleId, props['aria-labelledby'])
            : props['aria-labelledby']
        }
      >
        <ProfileViewStatus
          view={view}
          anonymousText={ui.messages.cardAnonymous}
          onSignIn={onSignIn}
          skeleton={<CardSkeleton edit={Boolean(onEdit)} classNames={classNames} />}
          classNames={classNames}
        />
        {state === 'ready' && profile && (
          <>
            <header {...slotProps('card-header', classNames)}>
              <Heading id={titleId} {...slotProps('card-title', classNames)}>
                {formatProfileName(profile, ui.messages) ?? ui.messages.cardUntitled}
              </Heading>
              {onEdit && (
                <ProfileButton variant="secondary" classNames={classNames} onClick={onEdit}>
                  {ui.messages.edit}
                </ProfileButton>
              )}
            </header>
            <ProfileCardDetails
              profile={profile}
              sites={sites}
              timeZone={timeZone}
              classNames={classNames}
            />
          </>
        )}
      </section>
    </ProfileKitUiContext.Provider>
  );
});
