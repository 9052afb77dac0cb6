import { describe, expect, it } from 'vitest';
import { createProfileApiMock, type MockAddress, mockProfiles, mockTokens } from '../src/index.js';
import { callAddresses, contractErrors, getMe, schemaRefs, validBody } from './helpers/index.js';

const [home, office] = mockProfiles.b2cCustomer.addresses as [MockAddress, MockAddress];
const unknownId = '000000000000000000000000';

async function list(mock: ReturnType<typeof createProfileApiMock>): Promise<MockAddress[]> {
  return (await callAddresses(mock, 'GET')).json();
}

async function expectNotFound(response: Response, id: string) {
  expect(response.status).toBe(404);
  const error = await response.json();
  expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
  expect(error).toEqual({
    status: 404,
    type: 'resource_not_found',
    message: `Address ${id} of customer 13869001 not found.`,
  });
}

describe('GET /me/addresses/{addressId}', () => {
  it('answers 200 with the address as an AddressDto', async () => {
    const response = await callAddresses(createProfileApiMock(), 'GET', `/${office.id}`);
    expect(response.status).toBe(200);
    const address = await response.json();
    expect(address).toEqual(office);
    expect(contractErrors(schemaRefs.address, address)).toEqual([]);
  });

  it('answers 404 (the contract example) for an unknown id', async () => {
    await expectNotFound(
      await callAddresses(createProfileApiMock(), 'GET', `/${unknownId}`),
      unknownId,
    );
  });
});

describe('PATCH /me/addresses/{addressId}', () => {
  it('answers 200 with no body, changes only the fields sent and bumps the version', async () => {
    const mock = createProfileApiMock();
    const body = validBody(schemaRefs.addressUpdate, { city: 'Potsdam', zipCode: '14467' });
    const response = await callAddresses(mock, 'PATCH', `/${office.id}`, { body });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const stored = await (await callAddresses(mock, 'GET', `/${office.id}`)).json();
    expect(stored).toEqual({
      ...office,
      city: 'Potsdam',
      zipCode: '14467',
      metadata: { ...office.metadata, version: (office.metadata?.version ?? 0) + 1 },
    });
  });

  it('with isDefault: true makes it the only default, in the list and in the profile', async () => {
    const mock = createProfileApiMock();
    const body = validBody(schemaRefs.addressUpdate, { isDefault: true });
    expect((await callAddresses(mock, 'PATCH', `/${office.id}`, { body })).status).toBe(200);
    const addresses = await list(mock);
    expect(addresses.filter((address) => address.isDefault).map((address) => address.id)).toEqual([
      office.id,
    ]);
    const profile = await (await getMe(mock, { search: '?expand=addresses' })).json();
    expect(profile.addresses).toEqual(addresses);
    expect(profile.defaultAddress.id).toBe(office.id);
  });

  it('with isDefault: false on the default leaves no default', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'PATCH', `/${home.id}`, { body: { isDefault: false } });
    expect((await list(mock)).some((address) => address.isDefault)).toBe(false);
    const profile = await (await getMe(mock, { search: '?expand=addresses' })).json();
    expect(profile.defaultAddress).toBeUndefined();
  });

  it('replaces tags, dropping repeats case-insensitively', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'PATCH', `/${office.id}`, { body: { tags: ['gift', 'GIFT', 'X'] } });
    expect((await list(mock))[1]?.tags).toEqual(['gift', 'X']);
  });

  it.each([
    ['an emptied contactName', { contactName: '' }, 'contactName', 'missing_value'],
    ['a three-letter country', { country: 'DEU' }, 'country', 'invalid_value'],
    ['a string isDefault', { isDefault: 'yes' }, 'isDefault', 'invalid_type'],
    ['a non-integer version', { metadata: { version: 1.5 } }, 'metadata.version', 'invalid_type'],
    ['an unknown field', { colour: 'red' }, 'colour', 'unknown_field'],
  ])('answers 400 with details[] for %s, storing nothing', async (_, body, field, type) => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'PATCH', `/${office.id}`, { body });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
    expect(error.details).toEqual([expect.objectContaining({ field, type })]);
    expect(await list(mock)).toEqual(mockProfiles.b2cCustomer.addresses);
  });

  it('answers 404 for an unknown id', async () => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'PATCH', `/${unknownId}`, { body: { city: 'X' } });
    await expectNotFound(response, unknownId);
  });
});

describe('DELETE /me/addresses/{addressId}', () => {
  it('answers 204 and removes the address from the list and the profile', async () => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'DELETE', `/${home.id}`);
    expect(response.status).toBe(204);
    expect((await list(mock)).map((address) => address.id)).toEqual([office.id]);
    const profile = await (await getMe(mock, { search: '?expand=addresses' })).json();
    expect(profile.addresses).toHaveLength(1);
    // It was the default: there is none now.
    expect(profile.defaultAddress).toBeUndefined();
  });

  it('answers 404 the second time', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'DELETE', `/${home.id}`);
    await expectNotFound(await callAddresses(mock, 'DELETE', `/${home.id}`), home.id ?? '');
  });

  it('leaves the other customers alone', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'DELETE', `/${home.id}`);
    expect(mock.profileFor(mockTokens.otherCustomer)).toEqual(mockProfiles.otherCustomer);
  });
});
