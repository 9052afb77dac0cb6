/**
 * Whether a `Content-Type` is JSON of any flavour (`application/json`, `…+json`).
 *
 * @example
 * ```ts
 * isJsonContentType('application/merge-patch+json; charset=utf-8'); // true
 * ```
 */
export function isJsonContentType(contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}
