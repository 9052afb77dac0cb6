const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A timestamp in the UI locale ("Nov 20, 2025, 9:41 AM"); the stored text when it is not
 * a date. Pass `timeZone` when rendering on a server, so server and browser agree.
 */
export function formatDateTime(value: string, locale: string, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
    if (timeZone) options.timeZone = timeZone;
    try {
      format = new Intl.DateTimeFormat([locale, 'en'], options);
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    }
    formats.set(key, format);
  }
  return format.format(date);
}
