/**
 * When a rate-limited customer may try again, from a 429's `Retry-After`, in the UI
 * locale's words: "in 30 seconds", "in 2 minutes", "in 1 hour" (German "in 30 Sekunden").
 * Rounded up, so the time said is never too early.
 */
export function retryWhen(retryAfterMs: number, locale: string): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const [value, unit] =
    seconds < 90
      ? [seconds, 'second' as const]
      : seconds < 90 * 60
        ? [Math.ceil(seconds / 60), 'minute' as const]
        : [Math.ceil(seconds / 3600), 'hour' as const];
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(value, unit);
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(value, unit);
  }
}
