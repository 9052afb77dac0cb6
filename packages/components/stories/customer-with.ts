import {
  type MockCustomer,
  mockProfiles,
  mockTokens,
  type ProfileApiMockOptions,
} from '@profile-kit/mock-api';

/** A mock seeded with Anna Schmidt (`mockTokens.customer`) changed by `changes`. */
export function customerWith(changes: Partial<MockCustomer>): ProfileApiMockOptions {
  return {
    customers: [
      {
        token: mockTokens.customer,
        profile: { ...structuredClone(mockProfiles.b2cCustomer), ...changes },
      },
    ],
  };
}
