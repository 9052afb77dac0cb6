/** Joins class names, skipping empty ones: the kit's own `pk-` class always stays, the host's is added. */
export function mergeClassNames(
  ...names: ReadonlyArray<string | false | null | undefined>
): string {
  return names.filter(Boolean).join(' ');
}
