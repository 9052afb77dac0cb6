import { type ProfileFormField, profileFormFieldSpecs } from '../model/profile-form-fields.js';
import type { ProfileSite } from '../model/profile-site.js';
import { displayName } from './display-name.js';
import { labelWithCode } from './label-with-code.js';
import type { ProfileKitUi } from './profile-kit-ui-context.js';
import { titleLabel } from './title-label.js';

/** A stored value as the customer reads it: a currency by name and code, a site by name, `(empty)` for nothing. */
export function formatFieldValue(
  field: ProfileFormField,
  value: string,
  { locale, messages }: ProfileKitUi,
  sites: readonly ProfileSite[] | undefined,
): string {
  if (!value) return messages.valueEmpty;
  const { kind } = profileFormFieldSpecs[field];
  switch (kind) {
    case 'title':
      return titleLabel(value, messages);
    case 'language':
    case 'currency':
      return labelWithCode(displayName(locale, kind, value), value, messages);
    case 'site':
      return sites?.find((site) => site.code === value)?.name || value;
    default:
      return value;
  }
}
