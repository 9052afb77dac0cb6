import { currencyCodeSchema, languageTagSchema } from '@profile-kit/hooks';
import type { ProfileFieldKind } from './profile-form-fields.js';

/** Whether a value is a code the patch schema accepts for its kind — the same check a save makes. */
export function isValidCode(kind: ProfileFieldKind, value: string): boolean {
  if (kind === 'currency') return currencyCodeSchema.safeParse(value).success;
  if (kind === 'language') return languageTagSchema.safeParse(value).success;
  return true;
}
