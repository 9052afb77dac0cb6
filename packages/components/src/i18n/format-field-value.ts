import type { ProfileFormField } from '../model/profile-form-values.js';
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
  switch (field) {
    case 'title':
      return titleLabel(value, messages);
    case 'preferredLanguage':
      return labelWithCode(displayName(locale, 'language', value), value, messages);
    case 'preferredCurrency':
      return labelWithCode(displayName(locale, 'currency', value), value, messages);
    case 'preferredSite':
      return sites?.find((site) => site.code === value)?.name || value;
    default:
      return value;
  }
}
