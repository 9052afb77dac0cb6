import { type DataVerdict, invalidValue, validValue } from './data-verdict.js';

export type ProfileTextReason =
  | 'text.control-character'
  | 'text.lone-surrogate'
  | 'text.invisible-only';

/*
 * Characters that show nothing on their own: white space, Unicode's default-ignorable code
 * points (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi controls,
 * variation selectors, Hangul fillers, tags) and the blank braille pattern. Inside a name
 * they are fine (a ZWJ joins an emoji sequence, a ZWNJ shapes Persian); a name made of
 * nothing else is blank to every reader.
 */
const invisible = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * A name or other single-line profile text: refuses control characters (NUL, tab, line
 * breaks, DEL, C1), lone surrogates (half an emoji, from a bad cut) and text made only of
 * invisible characters. Every script, emoji (ZWJ sequences included) and combining mark
 * is kept; the valid value is the input unchanged, and an empty value is valid.
 *
 * @example
 * checkProfileText('Zoë 👩‍💻'); // { valid: true, value: 'Zoë 👩‍💻' }
 * checkProfileText('\u200b'); // { valid: false, reason: 'text.invisible-only' }
 */
export function checkProfileText(input: string): DataVerdict<ProfileTextReason> {
  if (/\p{Cc}/u.test(input)) return invalidValue('text.control-character');
  if (/\p{Cs}/u.test(input)) return invalidValue('text.lone-surrogate');
  if (input !== '' && input.replace(invisible, '') === '') {
    return invalidValue('text.invisible-only');
  }
  return validValue(input);
}
