import type { CustomerProfile } from './customer-profile-schema.js';
import type { ValidProfilePatch } from './profile-patch-schema.js';

/**
 * The profile as it will be once the patch is stored — what JSON merge-patch does on the
 * server: scalars replaced, `b2b` and `mixins` merged key by key. `metadata` is left to
 * the server, which owns the version.
 */
export function mergeProfilePatch(
  profile: CustomerProfile,
  patch: ValidProfilePatch,
): CustomerProfile {
  const { b2b, mixins, metadata: _version, ...fields } = patch;
  return {
    ...profile,
    ...fields,
    ...(b2b && { b2b: { ...profile.b2b, ...b2b } }),
    ...(mixins && { mixins: { ...profile.mixins, ...mixins } }),
  };
}
