import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockProfiles, mockTokens } from '../src/index.js';
import { getMe } from './helpers/index.js';

async function getBody(search: string, token: string = mockTokens.customer) {
  const response = await getMe(createProfileApiMock(), { token, search });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('GET /me', () => {
  it('answers the stored profile without expandable data, as JSON', async () => {
    const response = await getMe(createProfileApiMock());
    expect(response.headers.get('Content-Type')).toBe('application/json');
    const { addresses, defaultAddress, ...rest } = mockProfiles.b2cCustomer;
    expect(await response.json()).toEqual({ ...rest, mixins: {} });
  });

  it('includes addresses and defaultAddress with expand=addresses', async () => {
    const body = await getBody('?expand=addresses');
    expect(body.addresses).toEqual(mockProfiles.b2cCustomer.addresses);
    expect(body.defaultAddress).toEqual(mockProfiles.b2cCustomer.defaultAddress);
    expect(body.mixins).toEqual({});
  });

  it('includes every mixin with expand=mixin:*', async () => {
    const body = await getBody('?expand=mixin:*');
    expect(body.mixins).toEqual(mockProfiles.b2cCustomer.mixins);
    expect(body).not.toHaveProperty('addresses');
  });

  it('includes only the named mixin with expand=mixin:loyalty', async () => {
    const body = await getBody('?expand=mixin:loyalty');
    expect(body.mixins).toEqual({ loyalty: { tier: 'gold', points: 1250 } });
  });

  it('reads a comma-separated list, with spaces and URL encoding', async () => {
    const body = await getBody('?expand=addresses%2C%20mixin%3A*');
    expect(body.addresses).toHaveLength(2);
    expect(body.mixins).toEqual(mockProfiles.b2cCustomer.mixins);
  });

  it('reads repeated expand parameters', async () => {
    const body = await getBody('?expand=addresses&expand=mixin:newsletter');
    expect(body.addresses).toHaveLength(2);
    expect(body.mixins).toEqual({ newsletter: { subscribed: true } });
  });

  it('ignores unknown expand entries', async () => {
    const body = await getBody('?expand=orders,mixin:unknown');
    expect(body).not.toHaveProperty('addresses');
    expect(body.mixins).toEqual({});
  });

  it('serves the B2B profile with its company data', async () => {
    const body = await getBody('', mockTokens.b2bCustomer);
    expect(body).toMatchObject({ businessModel: 'B2B', b2b: mockProfiles.b2bCustomer.b2b });
  });

  it('serves the anonymous profile to an anonymous token', async () => {
    const body = await getBody('?expand=addresses,mixin:*', mockTokens.anonymous);
    expect(body).toEqual(mockProfiles.anonymous);
    expect(body).toMatchObject({ customerNumber: '00000000', accounts: [] });
  });

  it('serves each token its own customer', async () => {
    const body = await getBody('', mockTokens.otherCustomer);
    expect(body.id).toBe(mockProfiles.otherCustomer.id);
  });
});
