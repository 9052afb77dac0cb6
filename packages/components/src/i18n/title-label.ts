import type { ProfileKitMessages } from './en-messages.js';

const titleKeys = {
  MR: 'titleMr',
  MRS: 'titleMrs',
  MS: 'titleMs',
  DR: 'titleDr',
} as const satisfies Record<string, keyof ProfileKitMessages>;

/** A title code as the UI language says it (`MS` → "Ms", "Frau"); an unknown title as it is stored. */
export function titleLabel(title: string, messages: ProfileKitMessages): string {
  const upper = title.trim().toUpperCase();
  return Object.hasOwn(titleKeys, upper)
    ? messages[titleKeys[upper as keyof typeof titleKeys]]
    : title;
}

/** The title codes offered when the host passes none. */
export const defaultTitles: readonly string[] = Object.keys(titleKeys);
