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
 * key by key at every depth. `metadata` is left to the server, which owns the version.
 */
export function mergeProfilePatch(
  profile: CustomerProfile,
  patch: ValidProfilePatch,
): CustomerProfile {
  const { metadata: _version, ...fields } = patch;
  return mergePatch(profile, fields) as CustomerProfile;
}
