import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { callAddresses, contractErrors, getMe, schemaRefs, validBody } from './helpers/index.js';

const anna = mockProfiles.b2cCustomer;

describe('GET /me/addresses', () => {
  it('answers 200 with the stored addresses, each an AddressDto', async () => {
    const response = await callAddresses(createProfileApiMock(), 'GET');
    expect(response.status).toBe(200);
    const list = (await response.json()) as unknown[];
    expect(list).toEqual(anna.addresses);
    for (const item of list) expect(contractErrors(schemaRefs.address, item)).toEqual([]);
  });

  it('answers HEAD like GET, without the body', async () => {
    const response = await callAddresses(createProfileApiMock(), 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers an empty list for a customer without addresses', async () => {
    const mock = createProfileApiMock({
      customers: [{ token: 't', profile: { id: '1', customerNumber: '1' } }],
    });
    const response = await callAddresses(mock, 'GET', '', { token: 't' });
    expect(await response.json()).toEqual([]);
  });
});

describe('POST /me/addresses', () => {
  const draft = validBody(schemaRefs.addressCreate, {
    contactName: 'Anna Schmidt',
    street: 'Unter den Linden',
    streetNumber: '77',
    zipCode: '10117',
    city: 'Berlin',
    country: 'DE',
    contactPhone: 'tel:+49 30 555',
    tags: ['BILLING', 'billing', 'Gift'],
  });

  it('answers 201 with a ResourceLocation and stores the address, not as the default', async () => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'POST', '', { body: draft });
    expect(response.status).toBe(201);
    const location = (await response.json()) as { id: string };
    expect(contractErrors(schemaRefs.resourceLocation, location)).toEqual([]);
    expect(location.id).toMatch(/^[0-9a-f]{24}$/);

    const stored = await (await callAddresses(mock, 'GET', `/${location.id}`)).json();
    expect(stored).toMatchObject({
      id: location.id,
      contactName: 'Anna Schmidt',
      contactPhone: '+49 30 555',
      isDefault: false,
      // Repeats dropped case-insensitively; the first spelling kept.
      tags: ['BILLING', 'Gift'],
      metadata: { version: 1 },
    });
    expect(contractErrors(schemaRefs.address, stored)).toEqual([]);
  });

  it('gives every new address its own id', async () => {
    const mock = createProfileApiMock();
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await callAddresses(mock, 'POST', '', { body: { contactName: `N${i}` } });
      ids.add(((await response.json()) as { id: string }).id);
    }
    expect(ids.size).toBe(3);
    expect(mock.profileFor(mockTokens.customer)?.addresses).toHaveLength(5);
  });

  it('shows the new address in GET /me?expand=addresses, and leaves the profile version', async () => {
    const mock = createProfileApiMock();
    await callAddresses(mock, 'POST', '', { body: draft });
    const profile = await (await getMe(mock, { search: '?expand=addresses' })).json();
    const list = await (await callAddresses(mock, 'GET')).json();
    expect(profile.addresses).toEqual(list);
    expect(profile.metadata.version).toBe(anna.metadata?.version);
    expect(contractErrors(schemaRefs.customer, profile)).toEqual([]);
  });

  it.each([
    ['no contactName', { city: 'Berlin' }, [['contactName', 'missing_value']]],
    ['a blank contactName', { contactName: '  ' }, [['contactName', 'missing_value']]],
    [
      'a country that is not two letters',
      { contactName: 'A', country: 'DEU' },
      [['country', 'invalid_value']],
    ],
    ['an unassigned country', { contactName: 'A', country: 'UK' }, [['country', 'invalid_value']]],
    ['a lower-case country', { contactName: 'A', country: 'de' }, [['country', 'invalid_value']]],
    ['a null', { contactName: 'A', city: null }, [['city', 'invalid_value']]],
    ['a number for text', { contactName: 'A', zipCode: 10117 }, [['zipCode', 'invalid_type']]],
    [
      'isDefault (only AddressUpdateDto has it)',
      { contactName: 'A', isDefault: true },
      [['isDefault', 'unknown_field']],
    ],
    ['a tag with a comma', { contactName: 'A', tags: ['A,B'] }, [['tags[0]', 'invalid_value']]],
    ['an id', { contactName: 'A', id: 'mine' }, [['id', 'read_only']]],
    [
      'a letter phone',
      { contactName: 'A', contactPhone: 'call me' },
      [['contactPhone', 'invalid_value']],
    ],
  ])('answers 400 with details[] for %s, storing nothing', async (_, body, expected) => {
    const mock = createProfileApiMock();
    const response = await callAddresses(mock, 'POST', '', { body });
    expect(response.status).toBe(400);
    const error = (await response.json()) as { details: { field: string; type: string }[] };
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
    expect(error).toMatchObject({ status: 400, type: 'validation_failure' });
    expect(error.details.map(({ field, type }) => [field, type])).toEqual(expected);
    expect(mock.profileFor(mockTokens.customer)?.addresses).toEqual(anna.addresses);
  });

  it('answers 400 for no body (contactName is missing) and 415 for a body that is not JSON', async () => {
    const mock = createProfileApiMock();
    expect((await callAddresses(mock, 'POST')).status).toBe(400);
    const response = await callAddresses(mock, 'POST', '', {
      body: 'contactName=A',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
  });
});
