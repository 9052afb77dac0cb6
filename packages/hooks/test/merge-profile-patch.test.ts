import { describe, expect, it } from 'vitest';
import { type CustomerProfile, mergeProfilePatch } from '../src/index.js';

const profile: CustomerProfile = {
  id: '1',
  firstName: 'Anna',
  b2b: { companyRegistrationId: 'HRB 1', legalEntities: [{ id: 'E1' }] },
  mixins: { loyalty: { tier: 'silver', points: 120 }, newsletter: true },
  metadata: { version: 4, mixins: { loyalty: 'https://example.com/loyalty.json' } },
};

describe('mergeProfilePatch', () => {
  it('merges objects at every depth, as merge-patch does on the server', () => {
    const merged = mergeProfilePatch(profile, {
      firstName: 'Anne',
      b2b: { companyRegistrationId: 'HRB 2' },
      mixins: { loyalty: { tier: 'gold' } },
    });
    expect(merged).toEqual({
      ...profile,
      firstName: 'Anne',
      b2b: { companyRegistrationId: 'HRB 2', legalEntities: [{ id: 'E1' }] },
      mixins: { loyalty: { tier: 'gold', points: 120 }, newsletter: true },
      metadata: { ...profile.metadata, version: undefined },
    });
  });

  it('has no version until the new one is read from the server, and does not touch the original', () => {
    const merged = mergeProfilePatch(profile, { metadata: { version: 9 }, lastName: 'S' });
    expect(merged.metadata).toEqual({ mixins: profile.metadata?.mixins, version: undefined });
    expect(profile.metadata?.version).toBe(4);
    expect(profile).not.toHaveProperty('lastName');
  });
});
