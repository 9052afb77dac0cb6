/*
 * Lookups in the generated tables (iso-tables.generated.ts), kept as short strings because
 * they ship in the hooks entry: decoded lazily, never at import.
 */

/** Whether `code` is one of the `width`-character codes joined in `table` (`'EURUSD'`, 3). */
export function isInJoinedCodes(table: string, width: number, code: string): boolean {
  if (code.length !== width) return false;
  for (let at = 0; at < table.length; at += width) {
    if (table.startsWith(code, at)) return true;
  }
  return false;
}

/** The replacement of `code` in `pairs` (`'iwhemoro'`: code, then replacement), if listed. */
export function replacementOf(pairs: string, code: string): string | undefined {
  const width = code.length;
  for (let at = 0; at < pairs.length; at += 2 * width) {
    if (pairs.startsWith(code, at)) return pairs.slice(at + width, at + 2 * width);
  }
  return undefined;
}

/**
 * A membership test over two-letter codes (lower case) stored as a 26×26 bitmap in base64.
 * `atob` is in every browser and in Node since 16; the decoded string is kept after first use.
 */
export function twoLetterCodeSet(bitmap: string): (code: string) => boolean {
  let bits: string | undefined;
  return (code) => {
    if (!/^[a-z]{2}$/.test(code)) return false;
    bits ??= atob(bitmap);
    const index = (code.charCodeAt(0) - 97) * 26 + code.charCodeAt(1) - 97;
    return ((bits.charCodeAt(index >> 3) >> (index & 7)) & 1) === 1;
  };
}
