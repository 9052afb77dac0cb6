/**
 * Joins space-separated tokens — class names, ids for `aria-describedby` — skipping empty
 * ones, so the kit's own token always stays and the host's is added.
 */
export function joinTokens(...tokens: ReadonlyArray<string | false | null | undefined>): string {
  return tokens.filter(Boolean).join(' ');
}
