/**
 * `tags` with `add` appended and `remove` taken out, without repeats — compared
 * case-insensitively, as the API compares tags (`billing` is `BILLING`); the first
 * spelling stays. What the cache shows before the API has answered.
 *
 * @example
 * retag(['BILLING'], ['billing', 'Gift'], []); // ['BILLING', 'Gift']
 */
export function retag(
  tags: readonly string[],
  add: readonly string[] = [],
  remove: readonly string[] = [],
): string[] {
  const removed = new Set(remove.map((tag) => tag.toLowerCase()));
  const seen = new Set<string>();
  return [...tags, ...add].filter((tag) => {
    const key = tag.toLowerCase();
    if (removed.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
