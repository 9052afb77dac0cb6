// Client CPU, for the record: time per call of the work the client does on every request —
// validating a patch before a PATCH, parsing the profile a GET returns. Built packages.
import { customerProfileSchema, profilePatchSchema } from '@profile-kit/hooks';
import { mockProfiles } from '@profile-kit/mock-api';

/**
 * Median time per call over several rounds, after a warm-up, in microseconds.
 * @param {() => unknown} fn
 */
function timePerCall(fn) {
  for (let i = 0; i < 2000; i += 1) fn();
  // Size a round to about 40 ms.
  let calls = 100;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) fn();
    const elapsed = performance.now() - start;
    if (elapsed > 40 || calls >= 1_000_000) break;
    calls *= 2;
  }
  const rounds = [];
  for (let round = 0; round < 7; round += 1) {
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) fn();
    rounds.push(((performance.now() - start) * 1000) / calls);
  }
  rounds.sort((a, b) => a - b);
  return { microseconds: rounds[3] ?? 0, callsPerRound: calls };
}

/** A form's typical save: a few fields and the version. */
const validPatch = {
  firstName: 'Anna',
  contactPhone: '+49 30 9876543',
  preferredLanguage: 'de_DE',
  preferredCurrency: 'EUR',
  metadata: { version: 3 },
};
const invalidPatch = { ...validPatch, contactEmail: 'anna@', preferredCurrency: 'EURO' };
/** The largest fixture: a B2B customer with addresses, legal entities and mixins. */
const profile = structuredClone(mockProfiles.b2bCustomer);

export function measureCpu() {
  const check = (/** @type {boolean} */ ok, /** @type {string} */ what) => {
    if (!ok) throw new Error(`cpu bench: ${what}`);
  };
  check(profilePatchSchema.safeParse(validPatch).success, 'valid patch refused');
  check(!profilePatchSchema.safeParse(invalidPatch).success, 'invalid patch accepted');
  check(customerProfileSchema.safeParse(profile).success, 'profile refused');
  return {
    validatePatch: timePerCall(() => profilePatchSchema.safeParse(validPatch)),
    validateInvalidPatch: timePerCall(() => profilePatchSchema.safeParse(invalidPatch)),
    parseProfile: timePerCall(() => customerProfileSchema.safeParse(profile)),
    profileBytes: JSON.stringify(profile).length,
  };
}
