import { cached } from './cached.js';

/**
 * A timestamp in the UI locale ("Nov 20, 2025, 9:41 AM"); the stored text when it is not
 * a date, in `timeZone` (the runtime's own zone without it).
 */
export function formatDateTime(value: string, locale: string, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const style: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  return cached(`date|${locale}|${timeZone}`, () => {
    try {
      return new Intl.DateTimeFormat([locale, 'en'], { ...style, timeZone });
    } catch {
      // An unknown time zone or a malformed locale: still a date, in English and local time.
      return new Intl.DateTimeFormat('en', style);
    }
  }).format(date);
}
