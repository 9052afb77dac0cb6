/*
 * Lookups in the generated tables (iso-tables.generated.ts), kept as short strings because
 * they ship in the hooks entry: decoded lazily, never at import.
 */

/**
 * Every code of a table of `width`-character codes stored column by column: every code's
 * first character, then every second one, and so on (`EUR`, `USD` → `'EUUSRD'`), in the
 * table's order. Sorted codes in columns gzip a sixth smaller than the codes joined.
 */
export function codesInColumns(table: string, width: number): string[] {
  const count = table.length / width;
  return Array.from({ length: count }, (_, row) =>
    Array.from({ length: width }, (_, column) => table.charAt(column * count + row)).join(''),
  );
}

/** Whether `code` is one of the codes of a column table (see `codesInColumns`). */
export function isInColumns(table: string, width: number, code: string): boolean {
  return codesInColumns(table, width).includes(code);
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
