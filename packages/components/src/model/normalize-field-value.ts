import { toProfileLanguageTag } from '@profile-kit/hooks';
import { type ProfileFormField, profileFormFieldSpecs } from './profile-form-fields.js';

/**
 * A value as it would be stored: trimmed, a currency in capitals (`eur` → `EUR`), a
 * language in the profile's form (`de-de` → `de_DE`). Comparing normalized values keeps
 * a stray space or letter case from counting as a change.
 */
export function normalizeFieldValue(field: ProfileFormField, value: string): string {
  const trimmed = value.trim();
  const { kind } = profileFormFieldSpecs[field];
  if (kind === 'currency') return trimmed.toUpperCase();
  if (kind === 'language') return (trimmed && toProfileLanguageTag(trimmed)) || trimmed;
  return trimmed;
}
