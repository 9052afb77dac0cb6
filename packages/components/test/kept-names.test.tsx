import { de } from '@profile-kit/components/locales/de';
import { mockTokens } from '@profile-kit/mock-api';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileForm, type ProfileFormProps } from '../src/index.js';
import { renderWithKit } from './render-with-kit.js';

async function renderForm(props: ProfileFormProps = {}) {
  const kit = renderWithKit(<ProfileForm {...props} />);
  await screen.findByRole('textbox', { name: props.messages?.labelLastName ?? 'Last name' });
  return kit;
}

describe('ProfileForm: first and last name cannot be blanked', () => {
  it.each([
    ['First name', '', 'Enter your first name; it cannot be removed.'],
    ['Last name', '   ', 'Enter your last name; it cannot be removed.'],
  ])(
    'an emptied %s gets a field message and focus, and nothing is sent',
    async (label, typed, message) => {
      const { user, patches } = await renderForm();
      const field = screen.getByRole('textbox', { name: label });
      await user.clear(field);
      if (typed) await user.type(field, typed);
      await user.click(screen.getByRole('button', { name: 'Save changes' }));

      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(message);
      expect(field).toHaveFocus();
      expect(patches()).toEqual([]);
    },
  );

  it('says so in German', async () => {
    const { user, patches } = await renderForm({ messages: de });
    const field = screen.getByRole('textbox', { name: 'Vorname' });
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: de.save }));
    expect(field).toHaveAccessibleDescription(
      'Geben Sie Ihren Vornamen ein; er kann nicht entfernt werden.',
    );
    expect(patches()).toEqual([]);
  });

  it('still lets the middle name be removed, and a name be changed', async () => {
    const { user, patches, mock } = await renderForm();
    await user.clear(screen.getByRole('textbox', { name: 'First name' }));
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Annabel');
    await user.type(screen.getByRole('textbox', { name: 'Middle name' }), 'Lena');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Your profile has been saved.');
    await user.clear(screen.getByRole('textbox', { name: 'Middle name' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // The first save's status is still on screen: wait for the second request itself.
    await waitFor(() => expect(mock.profileFor(mockTokens.customer)?.middleName).toBe(''));
    expect(patches()).toEqual([
      { firstName: 'Annabel', middleName: 'Lena', metadata: { version: 1 } },
      { middleName: '', metadata: { version: 2 } },
    ]);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Annabel');
  });
});
