import { detail } from './detail-helpers.js';
import type { ErrorDetail } from './error-message.js';

/**
 * `tags` with repeats dropped, compared case-insensitively (`billing` is `BILLING`); the
 * first spelling wins. The contract's tags are free text (`BILLING`, `SHIPPING` or custom).
 *
 * @example
 * ```ts
 * uniqueTags(['BILLING', 'billing', 'Gift']); // ['BILLING', 'Gift']
 * ```
 */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The problem with one tag: blank, or holding a comma (the `tags` query separates by commas). */
export function tagProblem(field: string, tag: string): ErrorDetail | undefined {
  if (tag.trim() === '') return detail(field, 'invalid_value', 'A tag cannot be blank.');
  return tag.includes(',')
    ? detail(field, 'invalid_value', 'A tag cannot hold a comma.')
    : undefined;
}

/**
 * The tags of the contract's `tags` query parameter (required, comma-separated, e.g.
 * `BILLING,SHIPPING`), trimmed and without repeats; or the 400 details when it is missing
 * or names no tag.
 *
 * @example
 * ```ts
 * parseTagsQuery(new URL('https://x/?tags=BILLING,%20shipping').searchParams);
 * // { tags: ['BILLING', 'shipping'] }
 * ```
 */
export function parseTagsQuery(
  query: URLSearchParams,
): { tags: string[] } | { details: ErrorDetail[] } {
  const values = query.getAll('tags');
  const tags = uniqueTags(
    values.flatMap((value) => value.split(',').map((tag) => tag.trim())).filter(Boolean),
  );
  if (tags.length === 0) {
    return {
      details: [
        detail('tags', 'missing_value', 'Name at least one tag, like tags=BILLING,SHIPPING.'),
      ],
    };
  }
  return { tags };
}
