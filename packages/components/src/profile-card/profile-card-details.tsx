'use client';
import type { CustomerProfile } from '@profile-kit/hooks';
import type { ReactNode } from 'react';
import { slotProps } from '../field/slot-props.js';
import { fieldText } from '../i18n/field-text.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { formatFieldValue } from '../i18n/format-field-value.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { useDisplayTimeZone } from '../i18n/use-display-time-zone.js';
import { isB2bProfile } from '../model/is-b2b-profile.js';
import type { ProfileSite } from '../model/profile-site.js';
import type { ProfileCardClassNames } from './profile-card-slot.js';

export interface ProfileCardDetailsProps {
  profile: CustomerProfile;
  sites?: readonly ProfileSite[] | undefined;
  timeZone?: string | undefined;
  classNames?: ProfileCardClassNames | undefined;
}

const present = (value: string | undefined): value is string => Boolean(value?.trim());

/** The profile's own fields the card shows, in order, before the B2B ones and the last login. */
const cardFields = [
  'contactEmail',
  'contactPhone',
  'company',
  'preferredLanguage',
  'preferredCurrency',
  'preferredSite',
] as const;

/**
 * The profile as a description list. Only fields with a value get a row, so an absent
 * phone leaves no empty label behind. Values are rendered as text, never as markup.
 */
export function ProfileCardDetails({
  profile,
  sites,
  timeZone,
  classNames,
}: ProfileCardDetailsProps) {
  const ui = useProfileKitUi();
  const { messages, locale } = ui;
  const shownTimeZone = useDisplayTimeZone(timeZone);
  const rows: ReactNode[] = [];
  const add = (field: string, label: string, value: ReactNode) =>
    rows.push(
      <div key={field} {...slotProps('card-item', classNames)} data-field={field}>
        <dt {...slotProps('card-term', classNames)}>{label}</dt>
        <dd {...slotProps('card-value', classNames)}>{value}</dd>
      </div>,
    );

  for (const field of cardFields) {
    const value = profile[field];
    if (!present(value)) continue;
    add(
      field,
      fieldText(field, messages),
      // Addresses and numbers read left to right even on right-to-left pages ("+49 …", not "… 49+").
      field.startsWith('contact') ? (
        <span dir="ltr">{value}</span>
      ) : (
        formatFieldValue(field, value, ui, sites)
      ),
    );
  }
  if (isB2bProfile(profile)) {
    const registrationId = profile.b2b?.companyRegistrationId;
    if (present(registrationId)) {
      add('companyRegistrationId', messages.labelCompanyRegistrationId, registrationId);
    }
    const entities = (profile.b2b?.legalEntities ?? [])
      .map((entity) => entity.name?.trim() || entity.id?.trim())
      .filter(Boolean);
    if (entities.length > 0) {
      add(
        'legalEntities',
        messages.labelLegalEntities,
        <ul {...slotProps('card-list', classNames)}>
          {entities.map((name, index) => (
            // A fixed list, shown as stored: ids can repeat, positions cannot.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <li key={index} {...slotProps('card-list-item', classNames)}>
              {name}
            </li>
          ))}
        </ul>,
      );
    }
  }
  if (present(profile.lastLogin)) {
    add(
      'lastLogin',
      messages.labelLastLogin,
      <time dateTime={profile.lastLogin}>
        {formatDateTime(profile.lastLogin, locale, shownTimeZone)}
      </time>,
    );
  }

  if (rows.length === 0) return null;
  return <dl {...slotProps('card-details', classNames)}>{rows}</dl>;
}
