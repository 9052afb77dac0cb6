import { de } from '@profile-kit/components/locales/de';
import { type CustomerSeed, mockProfiles, mockTokens } from '@profile-kit/mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileCard, ProfileForm, type ProfileFormProps } from '../src/index.js';
import { renderWithKit } from './render-with-kit.js';

const titlePicker = (name = 'Title') => screen.getByRole<HTMLSelectElement>('combobox', { name });
const optionLabels = (select: HTMLSelectElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

function withTitle(title: string): CustomerSeed[] {
  return [
    {
      token: mockTokens.customer,
      profile: { ...structuredClone(mockProfiles.b2cCustomer), title },
    },
  ];
}

async function renderForm(props: ProfileFormProps = {}, customers?: CustomerSeed[]) {
  const kit = renderWithKit(<ProfileForm {...props} />, customers ? { customers } : {});
  await screen.findByRole('textbox', { name: props.messages?.labelLastName ?? 'Last name' });
  return kit;
}

describe('ProfileForm: titles', () => {
  it('offers "Frau" once in German, for MRS and MS alike, keeping the stored one', async () => {
    await renderForm({ locale: 'de', messages: de });
    const picker = titlePicker('Anrede');
    expect(optionLabels(picker)).toEqual(['Keine Anrede', 'Herr', 'Frau', 'Dr.']);
    // The stored title is MS: "Frau" stands for it, so the field shows it unchanged.
    expect(picker).toHaveValue('MS');
    expect(picker).toHaveDisplayValue('Frau');
  });

  it('keeps the stored "Frau" when the customer picks another title and comes back', async () => {
    const { user, patches } = await renderForm({ locale: 'de', messages: de }, withTitle('MRS'));
    const picker = titlePicker('Anrede');
    await user.selectOptions(picker, 'Herr');
    await user.selectOptions(picker, 'Frau');
    expect(picker).toHaveValue('MRS');
    expect(optionLabels(picker)).toEqual(['Keine Anrede', 'Herr', 'Frau', 'Dr.']);
    await user.click(screen.getByRole('button', { name: de.save }));
    expect(await screen.findByText(de.saveNoChanges)).toBeInTheDocument();
    expect(patches()).toEqual([]);
  });

  it('still offers Mrs and Ms apart in English', async () => {
    await renderForm();
    expect(optionLabels(titlePicker())).toEqual(['No title', 'Mr', 'Mrs', 'Ms', 'Dr']);
  });

  it('matches a stored mixed-case title (Ms): selected, not flagged, not sent', async () => {
    const { user, patches } = await renderForm({}, withTitle('Ms'));
    const picker = titlePicker();
    expect(picker).toHaveDisplayValue('Ms');
    expect(optionLabels(picker)).toEqual(['No title', 'Mr', 'Mrs', 'Ms', 'Dr']);
    expect(picker).toHaveAccessibleDescription('');
    await user.type(screen.getByRole('textbox', { name: 'Middle name' }), 'Lena');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()).toEqual([{ middleName: 'Lena', metadata: { version: 1 } }]);
  });

  it('shows a stored mixed-case title by its name on the card', async () => {
    renderWithKit(<ProfileCard locale="de" messages={de} />, { customers: withTitle('Ms') });
    expect(await screen.findByRole('heading', { name: 'Frau Anna Schmidt' })).toBeInTheDocument();
  });
});
