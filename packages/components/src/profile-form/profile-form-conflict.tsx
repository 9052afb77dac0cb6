'use client';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { slotProps } from '../field/slot-props.js';
import { fieldText } from '../i18n/field-text.js';
import { formatFieldValue } from '../i18n/format-field-value.js';
import { useProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { changedFields } from '../model/changed-fields.js';
import { clashes } from '../model/conflict-fields.js';
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
  /** Puts the edits on the latest version, for the customer to review and save. */
  onKeepMine: () => void;
  /** Takes the other writer's values where both changed a field; other edits stay. */
  onUseTheirs: () => void;
  classNames?: ProfileFormClassNames | undefined;
}

/**
 * A message with its `{value}` in a `bdi` inside `wrap`: a phone number or an email reads
 * left to right on a right-to-left page, a name in another script keeps its own direction,
 * and what a customer copies is the value itself (isolating characters would be copied).
 */
function withValue(message: string, value: string, wrap: (value: ReactNode) => ReactNode) {
  const [before, after] = message.split('{value}');
  return (
    <>
      {before}
      {wrap(<bdi>{value}</bdi>)}
      {after}
    </>
  );
}

/**
 * After a 409: per field changed elsewhere, the customer's value → the other writer's,
 * the replaced one struck through and named in words ("Yours:"), not by colour or strike
 * alone, since most screen readers do not announce `del`. Then one decision: review and
 * save their edits again (primary), or take the other writer's values (secondary). Focus
 * moves to the heading as the panel appears; that there was a conflict is said by the
 * form's outcome alert, so this panel has no live role of its own.
 */
export function ProfileFormConflict({
  basedOn,
  latest,
  fields,
  sites,
  control,
  onKeepMine,
  onUseTheirs,
  classNames,
}: ProfileFormConflictProps) {
  const ui = useProfileKitUi();
  const { messages } = ui;
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const changed = changedFields(basedOn, latest, fields);
  // Only the changed fields are watched, so typing elsewhere does not re-render this.
  const current = useWatch({ control, name: changed });

  useEffect(() => heading.current?.focus(), []);

  return (
    <div {...slotProps('conflict', classNames)}>
      {/* A form has no heading level of its own to follow: h3 fits a form under a page's h2. */}
      <h3 ref={heading} id={titleId} tabIndex={-1} {...slotProps('conflict-title', classNames)}>
        {messages.conflictChangesTitle}
      </h3>
      {changed.length > 0 && (
        <ul aria-labelledby={titleId} {...slotProps('conflict-list', classNames)}>
          {changed.map((field, index) => {
            const theirs = readFormField(latest, field);
            const before = readFormField(basedOn, field);
            // A field the customer left shows the other writer's value already: theirs was `before`.
            const edited = clashes(field, current[index] ?? before, basedOn, latest);
            const mine = edited ? (current[index] ?? before) : before;
            return (
              <li
                key={field}
                {...slotProps('conflict-item', classNames)}
                data-field={field}
                data-edited={edited ? '' : undefined}
              >
                <span {...slotProps('conflict-field', classNames)}>
                  {fieldText(field, messages)}
                </span>{' '}
                <span {...slotProps('conflict-yours', classNames)}>
                  {withValue(
                    messages.conflictYours,
                    formatFieldValue(field, mine, ui, sites),
                    (v) => (
                      <del>{v}</del>
                    ),
                  )}
                </span>{' '}
                <span aria-hidden="true">→</span>{' '}
                <span {...slotProps('conflict-theirs', classNames)}>
                  {withValue(
                    messages.conflictTheirs,
                    formatFieldValue(field, theirs, ui, sites),
                    (v) => (
                      <strong>{v}</strong>
                    ),
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div {...slotProps('message-actions', classNames)}>
        <ProfileButton variant="primary" classNames={classNames} onClick={onKeepMine}>
          {messages.conflictKeepMine}
        </ProfileButton>
        <ProfileButton variant="secondary" classNames={classNames} onClick={onUseTheirs}>
          {messages.conflictUseTheirs}
        </ProfileButton>
      </div>
    </div>
  );
}
