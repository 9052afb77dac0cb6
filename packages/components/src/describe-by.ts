/** The field's own describing ids followed by any the host adds. */
export function describeBy(
  fieldIds: string | undefined,
  hostIds: string | undefined,
): string | undefined {
  return [fieldIds, hostIds].filter(Boolean).join(' ') || undefined;
}
