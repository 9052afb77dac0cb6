/**
 * Fills `{name}` placeholders in a message. Placeholders keep messages plain strings, so
 * a host can load translations from JSON; a missing value leaves the placeholder visible
 * instead of printing "undefined".
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
