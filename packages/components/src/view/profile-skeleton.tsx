'use client';
import { slotProps } from '../field/slot-props.js';
import type { ProfileStateSlot } from './profile-state-slot.js';

type ClassNames = Partial<Record<ProfileStateSlot, string>> | undefined;

/** One placeholder bar, sized by its `shape` in styles.css like the part it stands in for. */
function Line({ shape, classNames }: { shape: string; classNames: ClassNames }) {
  return <span aria-hidden="true" {...slotProps('skeleton-line', classNames)} data-shape={shape} />;
}

// The rows a typical profile shows: email, phone, language, currency, site, last login.
const cardRows = ['email', 'phone', 'language', 'currency', 'site', 'login'];

/**
 * The card's placeholder: a header (with room for the Edit button when there is one) and
 * the rows of a typical profile, laid out by the same rules as the loaded card's header
 * and rows, so the page below does not move when the profile arrives.
 */
export function CardSkeleton({ edit, classNames }: { edit: boolean; classNames: ClassNames }) {
  return (
    <>
      <div {...slotProps('skeleton-group', classNames)} data-shape="header">
        <Line shape="title" classNames={classNames} />
        {edit && <Line shape="button" classNames={classNames} />}
      </div>
      <div {...slotProps('skeleton-group', classNames)} data-shape="details">
        {cardRows.map((row) => (
          <div key={row} {...slotProps('skeleton-group', classNames)} data-shape="row">
            <Line shape="term" classNames={classNames} />
            <Line shape="value" classNames={classNames} />
          </div>
        ))}
      </div>
    </>
  );
}

export interface FormSkeletonProps {
  /** The fields the form will show, each with whether it has a description under its label. */
  fields: ReadonlyArray<{ name: string; described: boolean }>;
  classNames: ClassNames;
}

/**
 * The form's placeholder: one label and control per field the form will show (and the
 * description where it has one), in the same grid, then the two buttons — so the page
 * below does not move when the profile arrives.
 */
export function FormSkeleton({ fields, classNames }: FormSkeletonProps) {
  return (
    <>
      <div {...slotProps('skeleton-group', classNames)} data-shape="fields">
        {fields.map(({ name, described }) => (
          <div key={name} {...slotProps('skeleton-group', classNames)} data-shape="field">
            <Line shape="label" classNames={classNames} />
            {described && <Line shape="description" classNames={classNames} />}
            <Line shape="control" classNames={classNames} />
          </div>
        ))}
      </div>
      <div {...slotProps('skeleton-group', classNames)} data-shape="actions">
        <Line shape="button" classNames={classNames} />
        <Line shape="button" classNames={classNames} />
      </div>
    </>
  );
}
