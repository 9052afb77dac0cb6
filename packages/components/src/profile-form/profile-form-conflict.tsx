'use client';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { slotProps } from '../field/slot-props.js';
import { fieldText } from '../i18n/field-text.js';
import { formatFieldValue } from '../i18n/format-field-value.js';
import { formatMessage } from '../i18n/format-message.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { changedFields } from '../model/changed-fields.js';
import { normalizeFieldValue } from '../model/normalize-field-value.js';
import {
  type ProfileFormField,
  type ProfileFormValues,
  readFormField,
} from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { ProfileButton } from '../view/profile-button.js';
import type { ProfileFormControl } from './profile-form-resolver.js';
import type { ProfileFormClassNames } from './profile-form-slot.js';

export interface ProfileFormConflictProps {
  /** The stored values the failed save was based on. */
  basedOn: ProfileFormValues;
  /** The stored values now. */
  latest: ProfileFormValues;
  fields: readonly ProfileFormField[];
  sites?: readonly ProfileSite[] | undefined;
  control: ProfileFormControl;
  onApply: () => void;
  classNames?: ProfileFormClassNames | undefined;
}

/**
 * A message with its `{value}` in a `bdi`: a phone number or an email reads left to right on
 * a right-to-left page, a name in another script keeps its own direction, and what a
 * customer copies is the value itself (isolating characters in the text would be copied).
 */
function withValue(message: string, value: string) {
  const [before, after] = message.split('{value}');
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after}
    </>
  );
}

/**
 * After a 409: what changed elsewhere since the customer's edits began, with the new
 * values, and the one action that puts the edits on top of the latest version and saves.
 * A field the customer changed too is marked, so their value replaces the other one only
 * because they chose so after seeing it. That there was a conflict is said by the form's
 * outcome alert: this panel has no live role, so one region announces how a save ended.
 */
export function ProfileFormConflict({
  basedOn,
  latest,
  fields,
  sites,
  control,
  onApply,
  classNames,
}: ProfileFormConflictProps) {
  const ui = useProfileKitUi();
  const { messages } = ui;
  const titleId = useId();
  const changed = changedFields(basedOn, latest, fields);
  // Only the conflicting fields are watched, so typing elsewhere does not re-render this.
  const current = useWatch({ control, name: changed });

  return (
    <div {...slotProps('conflict', classNames)}>
      {changed.length > 0 && (
        <>
          <p id={titleId} {...slotProps('conflict-title', classNames)}>
            {messages.conflictChangesTitle}
          </p>
          <ul aria-labelledby={titleId} {...slotProps('conflict-list', classNames)}>
            {changed.map((field, index) => {
              const theirs = readFormField(latest, field);
              const mine = current[index] ?? readFormField(basedOn, field);
              const editedToo =
                normalizeFieldValue(field, mine) !==
                  normalizeFieldValue(field, readFormField(basedOn, field)) &&
                normalizeFieldValue(field, mine) !== normalizeFieldValue(field, theirs);
              return (
                <li
                  key={field}
                  {...slotProps('conflict-item', classNames)}
                  data-field={field}
                  data-edited={editedToo ? '' : undefined}
                >
                  {withValue(
                    formatMessage(messages.conflictChange, { field: fieldText(field, messages) }),
                    formatFieldValue(field, theirs, ui, sites),
                  )}
                  {editedToo && (
                    <>
                      {' '}
                      {withValue(
                        messages.conflictYoursToo,
                        formatFieldValue(field, mine, ui, sites),
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div {...slotProps('message-actions', classNames)}>
        <ProfileButton variant="primary" classNames={classNames} onClick={onApply}>
          {messages.conflictApply}
        </ProfileButton>
      </div>
    </div>
  );
}
