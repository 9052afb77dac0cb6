import { formatFieldValue } from '../i18n/format-field-value.js';
import { formatMessage } from '../i18n/format-message.js';
import type { ProfileKitUi } from '../i18n/profile-kit-ui-context.js';
import { isValidCode } from '../model/is-valid-code.js';
import { normalizeFieldValue } from '../model/normalize-field-value.js';
import type { ProfileFieldKind, ProfileFormField } from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';

/** The kinds of field a picker edits: every kind but free text. */
export type PickerKind = Exclude<ProfileFieldKind, 'text'>;

export interface PickerOption {
  value: string;
  label: string;
}

export interface PickerModel {
  options: PickerOption[];
  /** Why the stored value is flagged: not a valid code at all, or not among the options. */
  notice?: 'invalid' | 'unlisted' | undefined;
}

export interface PickerInput {
  kind: PickerKind;
  /** The form field the picker edits, whose values `formatFieldValue` knows how to show. */
  field: ProfileFormField;
  /** What the host offers; site objects for `site`, codes for the others. */
  choices: readonly (string | ProfileSite)[];
  /** The value now in the field. */
  value: string;
  /** The value stored on the profile. */
  stored: string;
  ui: ProfileKitUi;
}

/** An option as the customer reads it everywhere else too, or flagged when it is not valid. */
function optionLabel(
  { kind, field, ui }: PickerInput,
  value: string,
  name: string | undefined,
): string {
  if (!isValidCode(kind, value)) return formatMessage(ui.messages.optionInvalid, { value });
  return formatFieldValue(field, value, ui, [{ code: value, name }]);
}

/**
 * Sites list ISO 639-1 languages (`de`) while profiles hold regional tags (`de_DE`, and
 * `en_US` by default): a regional form of an offered language is offered too, or nearly
 * every customer would see their language flagged.
 */
function isOffered(kind: PickerKind, value: string, listedValues: ReadonlySet<string>): boolean {
  if (kind !== 'language') return listedValues.has(value);
  // zh_Hant_TW is offered with zh_Hant_TW, zh_Hant or zh.
  const subtags = value.split('_');
  return subtags.some((_, index) => listedValues.has(subtags.slice(0, index + 1).join('_')));
}

/**
 * A listed code as the picker offers it. A language in the profile's form (`de-DE` →
 * `de_DE`). A title stored in another case (`Ms` for `MS`) is that title: its option
 * takes the stored spelling, so it is selected, not flagged, and not sent as a change.
 */
function listedCode(kind: PickerKind, choice: string, { field, stored, value }: PickerInput) {
  if (kind === 'language') return normalizeFieldValue(field, choice);
  if (kind !== 'title') return choice;
  const same = (title: string) => title.trim().toUpperCase() === choice.toUpperCase();
  return [value, stored].find((title) => title && same(title)) ?? choice;
}

/**
 * Titles the UI language cannot tell apart (German "Frau" for both MRS and MS) are
 * offered once: the one in the field, else the stored one (so picking it again is no
 * change), else the first listed.
 */
function distinctTitles(options: PickerOption[], kept: readonly string[]): PickerOption[] {
  return options.filter((option) => {
    const twins = options.filter((other) => other.label === option.label);
    const keep = kept.map((title) => twins.find((twin) => twin.value === title)).find(Boolean);
    return (keep ?? twins[0]) === option;
  });
}

/**
 * The options of a picker: the host's choices, labelled in the UI locale, plus the
 * stored and the current value when the host does not list them — so a legacy value
 * (`EURO`, a retired site) stays visible, labelled "(not valid)" when it is, instead of
 * silently turning into the first option. "Not set" is offered only where the profile
 * has no value yet, or for the title, which may be cleared.
 */
export function buildPickerModel(input: PickerInput): PickerModel {
  const { kind, choices, value, stored, ui } = input;
  // By value, in insertion order: a value listed twice keeps its first label.
  const labels = new Map<string, string>();
  const add = (optionValue: string, name?: string) => {
    if (!labels.has(optionValue)) labels.set(optionValue, optionLabel(input, optionValue, name));
  };

  if (kind === 'title' || stored === '' || value === '') {
    labels.set('', kind === 'title' ? ui.messages.titleNone : ui.messages.optionNotSet);
  }
  const listed = choices.map((choice) =>
    typeof choice === 'string'
      ? { value: listedCode(kind, choice, input) }
      : { value: choice.code, name: choice.name },
  );
  const listedValues = new Set(listed.map((choice) => choice.value));
  for (const extra of [stored, value]) {
    if (extra && !listedValues.has(extra)) add(extra);
  }
  for (const choice of listed) add(choice.value, choice.name);

  let notice: PickerModel['notice'];
  if (stored && value === stored) {
    if (!isValidCode(kind, stored)) notice = 'invalid';
    else if (!isOffered(kind, stored, listedValues)) notice = 'unlisted';
  }
  const options = [...labels].map(([option, label]) => ({ value: option, label }));
  return { options: kind === 'title' ? distinctTitles(options, [value, stored]) : options, notice };
}
