import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { getMe, patchMe, validPatch } from './helpers/index.js';

describe('seed and reset', () => {
  it('seed replaces every customer', async () => {
    const mock = createProfileApiMock();
    mock.seed([
      { token: 'eva-token', profile: { ...mockProfiles.otherCustomer, firstName: 'Eva' } },
    ]);
    expect((await getMe(mock, { token: 'eva-token' })).status).toBe(200);
    expect(mock.profileFor('eva-token')?.firstName).toBe('Eva');
    expect((await getMe(mock, { token: mockTokens.customer })).status).toBe(401);
  });

  it('customers option seeds the mock and is what reset returns to', async () => {
    const mock = createProfileApiMock({
      customers: [{ token: 'a', profile: mockProfiles.b2bCustomer }],
    });
    await patchMe(mock, validPatch({ middleName: '' }), { token: 'a' });
    mock.seed([]);
    mock.reset();
    expect(mock.profileFor('a')).toEqual(mockProfiles.b2bCustomer);
    expect(mock.profileFor(mockTokens.customer)).toBeUndefined();
  });

  it('treats a seeded profile with customer number 00000000 as anonymous', async () => {
    const mock = createProfileApiMock({
      customers: [{ token: 'guest', profile: mockProfiles.anonymous }],
    });
    expect((await patchMe(mock, validPatch({ firstName: 'X' }), { token: 'guest' })).status).toBe(
      403,
    );
  });

  it('lets a seed entry say it is anonymous', async () => {
    const mock = createProfileApiMock({
      customers: [{ token: 'guest', profile: mockProfiles.b2cCustomer, anonymous: true }],
    });
    expect((await patchMe(mock, validPatch({ firstName: 'X' }), { token: 'guest' })).status).toBe(
      403,
    );
  });

  it('reset undoes writes, expired tokens, added tokens, faults and the log', async () => {
    const mock = createProfileApiMock();
    await patchMe(mock, validPatch({ firstName: 'Changed' }));
    mock.expireToken(mockTokens.otherCustomer);
    mock.addToken('refreshed', mockTokens.customer);
    mock.faults.failNext(500);
    mock.reset();
    expect(mock.requests).toEqual([]);
    expect(mock.profileFor(mockTokens.customer)).toEqual(mockProfiles.b2cCustomer);
    expect(mock.profileFor('refreshed')).toBeUndefined();
    expect((await getMe(mock, { token: mockTokens.otherCustomer })).status).toBe(200);
    expect((await getMe(mock)).status).toBe(200);
  });

  it('profileFor returns a copy', () => {
    const mock = createProfileApiMock();
    const copy = mock.profileFor(mockTokens.customer);
    if (copy === undefined) throw new Error('seeded customer missing');
    copy.firstName = 'Mutated';
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
  });

  it('copies seeds, so changing the seed object later changes nothing', () => {
    const profile = structuredClone(mockProfiles.b2cCustomer);
    const mock = createProfileApiMock({ customers: [{ token: 't', profile }] });
    profile.firstName = 'Later';
    expect(mock.profileFor('t')?.firstName).toBe('Anna');
  });

  it('keeps the exported fixtures frozen', () => {
    expect(() => {
      (mockProfiles.b2cCustomer as { firstName?: string }).firstName = 'Mutated';
    }).toThrow(TypeError);
    expect(Object.isFrozen(mockProfiles.b2cCustomer.addresses?.[0])).toBe(true);
  });
});

describe('setProfile', () => {
  it('changes the stored profile and bumps the version like a write', () => {
    const mock = createProfileApiMock();
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      lastName: 'Meyer',
      metadata: { version: 99 },
    }));
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      lastName: 'Meyer',
      metadata: { version: 2 },
    });
  });

  it('hands the updater a copy', () => {
    const mock = createProfileApiMock();
    mock.setProfile(mockTokens.customer, (profile) => {
      profile.firstName = 'Inside';
      return { ...profile, firstName: 'Returned' };
    });
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Returned');
  });

  it('throws for an unknown token', () => {
    const mock = createProfileApiMock();
    expect(() => mock.setProfile('nobody', (profile) => profile)).toThrow(/no customer/i);
  });
});

describe('tokens', () => {
  it('expireToken turns a working token into the expired 401', async () => {
    const mock = createProfileApiMock();
    expect((await getMe(mock)).status).toBe(200);
    mock.expireToken(mockTokens.customer);
    const response = await getMe(mock);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      fault: { detail: { errorcode: 'keymanagement.service.access_token_expired' } },
    });
  });

  it('addToken gives the same customer a second token sharing one state', async () => {
    const mock = createProfileApiMock();
    mock.addToken('refreshed-token', mockTokens.customer);
    mock.expireToken(mockTokens.customer);
    const write = await patchMe(mock, validPatch({ firstName: 'Refreshed' }), {
      token: 'refreshed-token',
    });
    expect(write.status).toBe(200);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Refreshed');
  });

  it('addToken throws when the original token is unknown', () => {
    expect(() => createProfileApiMock().addToken('new', 'unknown')).toThrow();
  });

  it('always treats the expired mock token as expired, even when seeded', async () => {
    const mock = createProfileApiMock({
      customers: [{ token: mockTokens.expired, profile: mockProfiles.b2cCustomer }],
    });
    expect((await getMe(mock, { token: mockTokens.expired })).status).toBe(401);
  });
});

describe('instances', () => {
  it('do not share state', async () => {
    const first = createProfileApiMock();
    const second = createProfileApiMock();
    await patchMe(first, validPatch({ firstName: 'First' }));
    first.faults.failNext(500);
    expect(second.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
    expect((await getMe(second)).status).toBe(200);
    expect(second.requests).toHaveLength(1);
    expect(first.requests).toHaveLength(1);
  });
});
