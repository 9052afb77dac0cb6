import { deepFreeze } from './deep-freeze.js';
import type { MockAddress, MockCustomer } from './mock-customer.js';

const annaHome: MockAddress = {
  id: '5f7c1a2b9d3e4a0012ab34cd',
  contactName: 'Anna Schmidt',
  street: 'Platz der Republik',
  streetNumber: '1',
  zipCode: '11011',
  city: 'Berlin',
  country: 'DE',
  state: 'Berlin',
  contactPhone: '+49 30 22730',
  isDefault: true,
  tags: ['BILLING', 'SHIPPING'],
  metadata: { version: 1, mixins: {} },
  mixins: {},
};

const annaOffice: MockAddress = {
  id: '5f7c1a2b9d3e4a0012ab34ce',
  contactName: 'Anna Schmidt',
  companyName: 'Schmidt Design',
  street: 'Friedrichstraße',
  streetNumber: '68',
  extraLine1: '3. OG',
  zipCode: '10117',
  city: 'Berlin',
  country: 'DE',
  isDefault: false,
  tags: ['SHIPPING'],
  metadata: { version: 2, mixins: {} },
};

const johnHeadOffice: MockAddress = {
  id: '61a4f0c2e8b7d50019cd5678',
  contactName: 'John Doe',
  companyName: 'Emporix',
  street: 'Liebknechtstraße',
  streetNumber: '33',
  zipCode: '70565',
  city: 'Stuttgart',
  country: 'DE',
  state: 'Baden-Württemberg',
  contactPhone: '+49 711 1234567',
  isDefault: true,
  tags: ['BILLING', 'SHIPPING'],
  metadata: { version: 1, mixins: {} },
};

const mariaHome: MockAddress = {
  id: '64b2e9d17a0c3f001e9f0a11',
  contactName: 'Maria Rossi',
  street: '5th Avenue',
  streetNumber: '350',
  streetAppendix: 'Apt 12B',
  zipCode: '10118',
  city: 'New York',
  country: 'US',
  state: 'NY',
  isDefault: true,
  tags: ['BILLING', 'SHIPPING'],
  metadata: { version: 1, mixins: {} },
};

/**
 * Customer profiles that conform to the contract's `Customer` schema, as stored by the
 * mock (GET hides `addresses`, `defaultAddress` and `mixins` unless `expand` asks).
 * They are frozen: copy them (`structuredClone`) before changing anything.
 *
 * - `b2cCustomer`: Anna Schmidt, B2C, `de_DE`/`EUR`, two addresses, a `loyalty` mixin.
 * - `b2bCustomer`: John Doe of Emporix, B2B with a company registration id and legal entity.
 * - `otherCustomer`: Maria Rossi, a second B2C customer, `en_US`/`USD`.
 * - `anonymous`: the profile an anonymous token sees (customer number `00000000`).
 *
 * @example
 * ```ts
 * const mock = createProfileApiMock({
 *   customers: [{ token: 'my-token', profile: { ...mockProfiles.b2cCustomer, firstName: 'Eva' } }],
 * });
 * ```
 */
export const mockProfiles: {
  readonly b2cCustomer: MockCustomer;
  readonly b2bCustomer: MockCustomer;
  readonly otherCustomer: MockCustomer;
  readonly anonymous: MockCustomer;
} = deepFreeze({
  b2cCustomer: {
    id: '13869001',
    customerNumber: '13869001',
    title: 'MS',
    firstName: 'Anna',
    lastName: 'Schmidt',
    contactEmail: 'anna.schmidt@example.com',
    contactPhone: '+49 30 1234567',
    preferredLanguage: 'de_DE',
    preferredCurrency: 'EUR',
    preferredSite: 'main',
    accounts: [{ id: 'anna.schmidt@example.com' }],
    addresses: [annaHome, annaOffice],
    defaultAddress: annaHome,
    businessModel: 'B2C',
    mixins: { loyalty: { tier: 'gold', points: 1250 }, newsletter: { subscribed: true } },
    metadata: { version: 1, mixins: {} },
    lastLogin: '2025-11-20T09:41:07.000Z',
  },
  b2bCustomer: {
    id: '13869000',
    customerNumber: '13869000',
    title: 'MR',
    firstName: 'John',
    middleName: 'Michael',
    lastName: 'Doe',
    contactEmail: 'john.doe@emporix.com',
    contactPhone: '123456789',
    company: 'Emporix',
    preferredLanguage: 'en_US',
    preferredCurrency: 'EUR',
    preferredSite: 'main',
    accounts: [{ id: 'john.doe@emporix.com' }],
    addresses: [johnHeadOffice],
    defaultAddress: johnHeadOffice,
    businessModel: 'B2B',
    b2b: {
      companyRegistrationId: '123-456-789',
      legalEntities: [{ id: 'D165356', name: 'Emporix', contactAssignmentId: 'D436432' }],
    },
    mixins: { loyalty: { tier: 'silver', points: 310 } },
    metadata: { version: 1, mixins: {} },
    lastLogin: '2025-11-24T16:05:33.000Z',
  },
  otherCustomer: {
    id: '13869002',
    customerNumber: '13869002',
    firstName: 'Maria',
    lastName: 'Rossi',
    contactEmail: 'maria.rossi@example.com',
    contactPhone: '+1 212 555 0142',
    preferredLanguage: 'en_US',
    preferredCurrency: 'USD',
    preferredSite: 'main',
    accounts: [{ id: 'maria.rossi@example.com' }],
    addresses: [mariaHome],
    defaultAddress: mariaHome,
    businessModel: 'B2C',
    mixins: { loyalty: { tier: 'bronze', points: 40 } },
    metadata: { version: 1, mixins: {} },
    lastLogin: '2025-10-02T18:12:45.000Z',
  },
  anonymous: {
    id: '00000000',
    customerNumber: '00000000',
    firstName: 'Anonymous',
    lastName: 'Anonymous',
    preferredSite: 'main',
    accounts: [],
  },
});
