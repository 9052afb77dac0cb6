import { toProfileLanguageTag } from '@profile-kit/hooks';
import type { ProfileFormField } from './profile-form-values.js';

/**
 * A value as it would be stored: trimmed, a currency in capitals (`eur` → `EUR`), a
 * language in the profile's form (`de-de` → `de_DE`). Comparing normalized values keeps
 * a stray space or letter case from counting as a change.
 */
export function normalizeFieldValue(field: ProfileFormField, value: string): string {
  const trimmed = value.trim();
  if (field === 'preferredCurrency') return trimmed.toUpperCase();
  if (field === 'preferredLanguage') return (trimmed && toProfileLanguageTag(trimmed)) || trimmed;
  return trimmed;
}
