import type { ProfileKitMessages } from '../i18n/en-messages.js';
import { fieldText } from '../i18n/field-text.js';
import { defaultTitles } from '../i18n/title-label.js';
import {
  type ProfileFieldKind,
  type ProfileFormField,
  profileFormFieldSpecs,
} from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';

export interface FieldChoiceLists {
  languages?: readonly string[] | undefined;
  currencies?: readonly string[] | undefined;
  sites?: readonly ProfileSite[] | undefined;
  titles?: readonly string[] | undefined;
}

/**
 * What a field of this kind offers to pick from; `undefined` makes it a text box. The
 * one rule for both the field and the skeleton that stands in for it while loading.
 */
export function fieldChoices(kind: ProfileFieldKind, lists: FieldChoiceLists) {
  if (kind === 'text') return undefined;
  return {
    title: lists.titles ?? defaultTitles,
    site: lists.sites ?? [],
    language: lists.languages,
    currency: lists.currencies,
  }[kind];
}

/** The fields as the loading skeleton draws them: a text box may have a description, a picker has none. */
export function skeletonFields(
  fields: readonly ProfileFormField[],
  lists: FieldChoiceLists,
  messages: ProfileKitMessages,
) {
  return fields.map((name) => ({
    name,
    described:
      !fieldChoices(profileFormFieldSpecs[name].kind, lists) &&
      fieldText(name, messages, 'description') !== undefined,
  }));
}
