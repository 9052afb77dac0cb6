import { createProfileClient } from '@profile-kit/hooks';
import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockTokens } from '../src/index.js';

// hooks (resolved through the workspace root's devDependency: declaring it here would make a
// hooks ⇄ mock-api build cycle) and the mock each keep their own default base URL (the mock must not depend on
// hooks at run time); this keeps the two from drifting apart.
describe('a mock with default options', () => {
  it('answers the kit client created with no baseUrl', async () => {
    const mock = createProfileApiMock();
    const client = createProfileClient({
      tenant: mock.tenant,
      getAccessToken: () => mockTokens.customer,
      fetch: mock.fetch,
    });

    const profile = await client.getProfile();
    expect(profile).toMatchObject({ firstName: 'Anna', lastName: 'Schmidt' });

    await client.updateProfile({ firstName: 'Anne', metadata: { version: 1 } });
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Anne',
      metadata: { version: 2 },
    });
    expect(mock.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /customer/demo/me',
      'PATCH /customer/demo/me',
    ]);
  });
});
