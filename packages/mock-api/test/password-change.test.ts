import { describe, expect, it } from 'vitest';
import { createProfileApiMock, mockPasswords, mockProfiles, mockTokens } from '../src/index.js';
import { callCredentials, contractErrors, schemaRefs } from './helpers/index.js';

const change = (currentPassword: string, newPassword = 'N3w-secret') => ({
  currentPassword,
  newPassword,
});

describe('POST /customer/{tenant}/password/change', () => {
  it('answers 204 and applies the new password: the old one is wrong from then on', async () => {
    const mock = createProfileApiMock();
    const response = await callCredentials(mock, 'passwordChange', change(mockPasswords.customer));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const again = await callCredentials(mock, 'passwordChange', change(mockPasswords.customer));
    expect(again.status).toBe(400);
    const back = await callCredentials(mock, 'passwordChange', change('N3w-secret', 'x-Passw0rd'));
    expect(back.status).toBe(204);
  });

  it('refuses a wrong current password with 400 on `currentPassword`, keeping the old one', async () => {
    const mock = createProfileApiMock();
    const response = await callCredentials(mock, 'passwordChange', change('wrong'));
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(contractErrors(schemaRefs.errorMessage, error)).toEqual([]);
    expect(error).toMatchObject({
      type: 'invalid_password',
      details: [{ field: 'currentPassword', type: 'invalid_value' }],
    });
    const right = await callCredentials(mock, 'passwordChange', change(mockPasswords.customer));
    expect(right.status).toBe(204);
  });

  it('changes only the token’s customer', async () => {
    const mock = createProfileApiMock();
    await callCredentials(mock, 'passwordChange', change(mockPasswords.customer));
    const other = await callCredentials(
      mock,
      'passwordChange',
      change(mockPasswords.otherCustomer),
      {
        token: mockTokens.otherCustomer,
      },
    );
    expect(other.status).toBe(204);
  });

  it('refuses a blank new password, and every password of a customer seeded without one', async () => {
    const mock = createProfileApiMock();
    const blank = await callCredentials(
      mock,
      'passwordChange',
      change(mockPasswords.customer, ' '),
    );
    expect((await blank.json()).details).toEqual([
      expect.objectContaining({ field: 'newPassword', type: 'required' }),
    ]);
    mock.seed([{ token: 't', profile: mockProfiles.b2cCustomer }]);
    const none = await callCredentials(mock, 'passwordChange', change(mockPasswords.customer), {
      token: 't',
    });
    expect(none.status).toBe(400);
  });

  it('returns to the seeded password on reset', async () => {
    const mock = createProfileApiMock();
    await callCredentials(mock, 'passwordChange', change(mockPasswords.customer));
    mock.reset();
    const response = await callCredentials(mock, 'passwordChange', change(mockPasswords.customer));
    expect(response.status).toBe(204);
  });
});
