import type { CustomerProfile } from './customer-profile-schema.js';
import type { ValidProfilePatch } from './profile-patch-schema.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7396 for the values a valid patch can hold (it has no `null`, so nothing is removed). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const merged: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) merged[key] = mergePatch(merged[key], value);
  return merged;
}

/**
 * The profile as it will be once the patch is stored — what JSON merge-patch does on the
 * server: scalars and arrays replaced, objects (`b2b`, `mixins` and their values) merged
 * key by key at every depth. It has no `metadata.version`: the server sets the new one,
 * and until it is read there is none to send — the old one would only earn a 409.
 */
export function mergeProfilePatch(
  profile: CustomerProfile,
  patch: ValidProfilePatch,
): CustomerProfile {
  const merged = mergePatch(profile, patch) as CustomerProfile;
  return { ...merged, metadata: { ...merged.metadata, version: undefined } };
}
