import { describe, expect, it } from 'vitest';
import { createProfileApiMock, type MockAddress, mockProfiles } from '../src/index.js';
import { callAddresses, contractErrors, schemaRefs } from './helpers/index.js';

const [home, office] = mockProfiles.b2cCustomer.addresses as [MockAddress, MockAddress];

async function tagsOf(mock: ReturnType<typeof createProfileApiMock>, id = office.id) {
  const address = (await (await callAddresses(mock, 'GET', `/${id}`)).json()) as MockAddress;
  return address.tags;
}

describe('POST /me/addresses/{addressId}/tags', () => {
  it('answers 204 and adds the tags of the comma-separated query', async () => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'POST', `/${office.id}/tags?tags=BILLING,Gift`);
    expect(response.status).toBe(204);
    expect(await tagsOf(mock)).toEqual(['SHIPPING', 'BILLING', 'Gift']);
  });

  it('compares tags case-insensitively: a tag it has is not added again', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'POST', `/${office.id}/tags?tags=shipping,%20gift,GIFT`);
    expect(await tagsOf(mock)).toEqual(['SHIPPING', 'gift']);
  });

  it.each([
    ['no tags query', ''],
    ['an empty one', '?tags='],
    ['only commas', '?tags=,,'],
  ])('answers 400 with a tags detail for %s', async (_, query) => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'POST', `/${office.id}/tags${query}`);
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
    expect(error.details).toEqual([
      expect.objectContaining({ field: 'tags', type: 'missing_value' }),
    ]);
    expect(await tagsOf(mock)).toEqual(office.tags);
  });

  it('answers 404 for an unknown address', async () => {
    const response = await callAddresses(createProfileApiMock(), 'POST', '/nope/tags?tags=A');
    expect(response.status).toBe(404);
  });
});

describe('DELETE /me/addresses/{addressId}/tags', () => {
  it('answers 204 and removes the tags, compared case-insensitively', async () => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'DELETE', `/${home.id}/tags?tags=billing`);
    expect(response.status).toBe(204);
    expect(await tagsOf(mock, home.id)).toEqual(['SHIPPING']);
  });

  it('answers 204 for a tag the address does not have, changing nothing else', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'DELETE', `/${home.id}/tags?tags=GIFT`);
    expect(await tagsOf(mock, home.id)).toEqual(home.tags);
  });

  it('answers 400 without tags and 404 for an unknown address', async () => {
    const mock = createProfileApiMock();
    expect((await callAddresses(mock, 'DELETE', `/${home.id}/tags`)).status).toBe(400);
    expect((await callAddresses(mock, 'DELETE', '/nope/tags?tags=A')).status).toBe(404);
  });
});
