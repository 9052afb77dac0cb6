import type { CustomerAddress } from '@profile-kit/hooks';

const join = (...parts: (string | undefined)[]) => parts.filter((part) => part?.trim()).join(' ');

/**
 * The postal lines of an address, without the contact name and company, in the order the
 * address's country writes them where the kit knows it: the city before the postcode in
 * the United States (`New York, NY 10118`), town, county and postcode on lines of their
 * own in the United Kingdom; elsewhere the postcode before the city (`10117 Berlin`), then
 * the state. The country comes last, by its name in the UI locale. Empty lines are left out.
 *
 * @example
 * addressLines({ street: 'Unter den Linden', streetNumber: '77', zipCode: '10117', city: 'Berlin', country: 'DE' }, 'en');
 * // ['Unter den Linden 77', '10117 Berlin', 'Germany']
 */
export function addressLines(address: CustomerAddress, locale: string): string[] {
  const { street, streetNumber, streetAppendix, zipCode, city, state, country } = address;
  const streetLine =
    country === 'US' || country === 'GB' || country === 'FR'
      ? join(streetNumber, street)
      : join(street, streetNumber);
  const extras = [address.extraLine1, address.extraLine2, address.extraLine3, address.extraLine4];
  let placeLines: string[];
  if (country === 'US') {
    placeLines = [join(city ? `${city},` : undefined, state, zipCode)];
  } else if (country === 'GB') {
    placeLines = [join(city), join(state), join(zipCode)];
  } else {
    placeLines = [join(zipCode, city), join(state)];
  }
  return [streetLine, join(streetAppendix), ...extras.map((line) => join(line)), ...placeLines]
    .concat(country ? [countryName(country, locale)] : [])
    .filter(Boolean);
}

/** The country's name in the UI locale (`DE` → "Germany"), or the code when `Intl` has none. */
export function countryName(code: string, locale: string): string {
  try {
    return (
      new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code
    );
  } catch {
    return code;
  }
}
