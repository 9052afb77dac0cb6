import { createProfileApiMock, mockProfiles, mockTokens } from '@profile-kit/mock-api';
import { describe, expect, it } from 'vitest';
import {
  addAddress,
  addAddressTags,
  getAddress,
  listAddresses,
  removeAddress,
  removeAddressTags,
  updateAddress,
} from '../src/addresses.js';
import { createProfileClient, isProfileKitError, type ProfileKitError } from '../src/index.js';

const [home, office] = mockProfiles.b2cCustomer.addresses ?? [];
const homeId = home?.id ?? '';
const officeId = office?.id ?? '';

function setup(token: string = mockTokens.customer) {
  const mock = createProfileApiMock();
  const client = createProfileClient({
    tenant: mock.tenant,
    baseUrl: mock.baseUrl,
    getAccessToken: () => token,
    fetch: mock.fetch,
  });
  return { mock, client };
}

async function failure(promise: Promise<unknown>): Promise<ProfileKitError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isProfileKitError(error)) throw new Error(`expected a ProfileKitError, got ${error}`);
  return error;
}

describe('the address client on the mock API', () => {
  it('lists the addresses (GET /me/addresses)', async () => {
    const { client, mock } = setup();
    const list = await listAddresses(client);
    expect(list.map((address) => address.id)).toEqual([homeId, officeId]);
    expect(mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /customer/demo/me/addresses',
    ]);
  });

  it('reads one address, and an unknown one is not-found', async () => {
    const { client } = setup();
    expect((await getAddress(client, officeId)).companyName).toBe('Schmidt Design');
    const error = await failure(getAddress(client, 'gone'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, code: 'resource_not_found' });
    // The message a host logs names no profile for an address that is gone.
    expect(error.message).not.toMatch(/profile/i);
  });

  it('an answer that is not an address is invalid-response, not about a profile', async () => {
    const client = createProfileClient({
      tenant: 'demo',
      getAccessToken: () => mockTokens.customer,
      fetch: async () => new Response('<html>Down for maintenance</html>'),
    });
    const error = await failure(getAddress(client, officeId));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).not.toMatch(/profile/i);
  });

  it('adds an address with POST and resolves with the id of the 201', async () => {
    const { client, mock } = setup();
    const id = await addAddress(client, { contactName: ' Eva Meier ', country: 'CH', tags: ['X'] });
    const [post] = mock.requests;
    expect(post).toMatchObject({ method: 'POST', path: '/customer/demo/me/addresses' });
    expect(post?.body).toEqual({ contactName: 'Eva Meier', country: 'CH', tags: ['X'] });
    expect(mock.profileFor(mockTokens.customer)?.addresses?.at(-1)).toMatchObject({
      id,
      contactName: 'Eva Meier',
    });
  });

  it.each([
    ['no contactName', { city: 'Berlin' }, 'contactName'],
    ['a blank contactName', { contactName: '   ' }, 'contactName'],
    ['a three-letter country', { contactName: 'A', country: 'DEU' }, 'country'],
    ['a lower-case country', { contactName: 'A', country: 'de' }, 'country'],
    ['an unassigned country', { contactName: 'A', country: 'UK' }, 'country'],
    ['a tag with a comma', { contactName: 'A', tags: ['A,B'] }, 'tags.0'],
    ['isDefault, which only an update sets', { contactName: 'A', isDefault: true }, 'isDefault'],
  ])('sends nothing for a draft with %s (invalid-input on the field)', async (_, draft, field) => {
    const { client, mock } = setup();
    const error = await failure(addAddress(client, draft as never));
    expect(error.kind).toBe('invalid-input');
    expect(error.fieldErrors.map((item) => item.field)).toEqual([field]);
    expect(mock.requests).toEqual([]);
  });

  it('updates with PATCH, sending only the given fields', async () => {
    const { client, mock } = setup();
    await updateAddress(client, officeId, { city: 'Potsdam' });
    expect(mock.requests[0]).toMatchObject({
      method: 'PATCH',
      path: `/customer/demo/me/addresses/${officeId}`,
      body: { city: 'Potsdam' },
    });
    expect(mock.profileFor(mockTokens.customer)?.addresses?.[1]?.city).toBe('Potsdam');
  });

  it('refuses an emptied contactName and an empty id without sending', async () => {
    const { client, mock } = setup();
    expect((await failure(updateAddress(client, officeId, { contactName: '' }))).kind).toBe(
      'invalid-input',
    );
    expect((await failure(updateAddress(client, '', { city: 'X' }))).fieldErrors[0]?.field).toBe(
      'addressId',
    );
    expect(mock.requests).toEqual([]);
  });

  it('encodes the id so it stays one path segment', async () => {
    const { client, mock } = setup();
    await failure(getAddress(client, '../../me'));
    expect(mock.requests[0]?.path).toBe('/customer/demo/me/addresses/..%2F..%2Fme');
  });

  it('removes with DELETE (204), then not-found', async () => {
    const { client } = setup();
    await expect(removeAddress(client, homeId)).resolves.toBeUndefined();
    expect((await failure(removeAddress(client, homeId))).kind).toBe('not-found');
  });

  it('adds and removes tags as a comma-separated tags query', async () => {
    const { client, mock } = setup();
    await addAddressTags(client, officeId, ['BILLING', 'gift & more']);
    expect(mock.requests[0]).toMatchObject({
      method: 'POST',
      path: `/customer/demo/me/addresses/${officeId}/tags`,
      search: '?tags=BILLING,gift%20%26%20more',
    });
    await removeAddressTags(client, officeId, ['shipping']);
    expect(mock.profileFor(mockTokens.customer)?.addresses?.[1]?.tags).toEqual([
      'BILLING',
      'gift & more',
    ]);
  });

  it('refuses no tags and a tag with a comma without sending', async () => {
    const { client, mock } = setup();
    expect((await failure(addAddressTags(client, officeId, []))).kind).toBe('invalid-input');
    expect((await failure(removeAddressTags(client, officeId, ['A,B']))).kind).toBe(
      'invalid-input',
    );
    expect(mock.requests).toEqual([]);
  });

  it.each(['.', '..'])('refuses the address id %j, which would reach /me itself', async (id) => {
    const { client, mock } = setup();
    for (const call of [
      getAddress(client, id),
      updateAddress(client, id, { contactPhone: '+1 555 0000000' }),
      removeAddress(client, id),
      addAddressTags(client, id, ['A']),
    ]) {
      expect((await failure(call)).kind).toBe('invalid-input');
    }
    expect(mock.requests).toEqual([]);
  });

  it('maps server field errors, and the anonymous token is forbidden', async () => {
    const { client } = setup(mockTokens.anonymous);
    expect((await failure(listAddresses(client))).kind).toBe('forbidden');
    const other = setup();
    other.mock.faults.failNext(400, {
      body: {
        status: 400,
        type: 'validation_failure',
        message: 'Validation failed.',
        details: [{ field: 'zipCode', type: 'invalid_value', message: 'Unknown postal code.' }],
      },
    });
    const error = await failure(updateAddress(other.client, officeId, { zipCode: '00000' }));
    expect(error).toMatchObject({ kind: 'validation' });
    expect(error.fieldErrors).toEqual([
      { field: 'zipCode', type: 'invalid_value', message: 'Unknown postal code.' },
    ]);
  });
});
