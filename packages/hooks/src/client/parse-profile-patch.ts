import {
  type ProfilePatch,
  profilePatchSchema,
  type ValidProfilePatch,
} from '../schema/profile-patch-schema.js';
import { errorFromZod } from './error-from-zod.js';

/** The patch as it will be sent, or an `invalid-input` error with a field error per issue. */
export function parseProfilePatch(patch: ProfilePatch): ValidProfilePatch {
  const result = profilePatchSchema.safeParse(patch);
  if (result.success) return result.data;
  throw errorFromZod('invalid-input', result.error);
}
