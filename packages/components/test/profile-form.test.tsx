import { de } from '@profile-kit/components/locales/de';
import { type CustomerSeed, mockProfiles, mockTokens } from '@profile-kit/mock-api';
import { focusManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileForm, type ProfileFormProps } from '../src/index.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import {
  instantProfileRetriesForThisTest,
  type KitOptions,
  renderWithKit,
} from './render-with-kit.js';

const textbox = (name: string) => screen.getByRole('textbox', { name });
/** A language or currency text box: it suggests codes (a datalist), so its role is combobox. */
const codeBox = (name: string) => screen.getByRole<HTMLInputElement>('combobox', { name });
const picker = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const saveButton = () => screen.getByRole('button', { name: 'Save changes' });

/** Renders the form and waits until it is filled from the profile. */
async function renderForm(props: ProfileFormProps = {}, options: KitOptions = {}) {
  const kit = renderWithKit(<ProfileForm {...props} />, options);
  await screen.findByRole('textbox', { name: props.messages?.labelLastName ?? 'Last name' });
  return kit;
}

function withProfile(changes: Partial<typeof mockProfiles.b2cCustomer>): CustomerSeed[] {
  return [
    {
      token: mockTokens.customer,
      profile: { ...structuredClone(mockProfiles.b2cCustomer), ...changes },
    },
  ];
}

afterEach(() => {
  focusManager.setFocused(undefined);
});

describe('ProfileForm: states', () => {
  it('shows a busy skeleton while the profile loads', async () => {
    const { container } = renderWithKit(<ProfileForm />, {
      before: (mock) => mock.faults.latency('infinite'),
    });
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('data-state', 'loading');
    expect(form).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading your profile…')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('prompts an anonymous visitor to sign in', async () => {
    const onSignIn = vi.fn();
    const { container, user } = renderWithKit(<ProfileForm onSignIn={onSignIn} />, {
      token: mockTokens.anonymous,
    });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Sign in to edit your profile.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(container.querySelector('form')).toHaveAttribute('data-state', 'anonymous');
    await expectNoAxeViolations(container);
  });

  it('explains a failed load and loads again on Retry', async () => {
    instantProfileRetriesForThisTest();
    const { container, user } = renderWithKit(<ProfileForm />, {
      before: (mock) => mock.faults.failNext(503, { count: 4 }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile could not be loaded right now. Try again later.');
    await expectNoAxeViolations(container);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'First name' })).toHaveValue('Anna');
  });

  it('is prefilled from a B2C profile, with no site or B2B field unless they apply', async () => {
    const { container } = await renderForm();
    expect(picker('Title')).toHaveValue('MS');
    expect(picker('Title')).toHaveDisplayValue('Ms');
    expect(textbox('First name')).toHaveValue('Anna');
    expect(textbox('Middle name')).toHaveValue('');
    expect(textbox('Last name')).toHaveValue('Schmidt');
    expect(textbox('Email')).toHaveValue('anna.schmidt@example.com');
    expect(textbox('Phone')).toHaveValue('+49 30 1234567');
    expect(textbox('Company')).toHaveValue('');
    expect(codeBox('Preferred language')).toHaveValue('de_DE');
    expect(codeBox('Preferred currency')).toHaveValue('EUR');
    expect(screen.queryByRole('combobox', { name: 'Preferred site' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Company registration ID' })).toBeNull();
    expect(container.querySelector('form')).toHaveAttribute('data-state', 'idle');
    await expectNoAxeViolations(container);
  });

  it('adds the company registration id for a B2B customer and the site when sites are given', async () => {
    await renderForm(
      {
        sites: [
          { code: 'main', name: 'Main shop' },
          { code: 'outlet', name: 'Outlet' },
        ],
      },
      { token: mockTokens.b2bCustomer },
    );
    expect(textbox('Company registration ID')).toHaveValue('123-456-789');
    expect(picker('Preferred site')).toHaveDisplayValue('Main shop');
    expect(within(picker('Preferred site')).getAllByRole('option')).toHaveLength(2);
  });

  it('shows only the fields the host chooses, in its order', async () => {
    renderWithKit(<ProfileForm fields={['lastName', 'contactEmail']} />);
    await screen.findByRole('textbox', { name: 'Last name' });
    expect(screen.getAllByRole('textbox').map((input) => input.getAttribute('name'))).toEqual([
      'lastName',
      'contactEmail',
    ]);
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('ProfileForm: saving', () => {
  it('sends only the changed fields with the version, then is pristine with the saved values', async () => {
    const onSaved = vi.fn();
    const { user, patches, mock, container } = await renderForm({ onSaved });
    await user.clear(textbox('Phone'));
    await user.type(textbox('Phone'), '+49 30 7654321');
    expect(textbox('Phone').closest('[data-slot="field"]')).toHaveAttribute('data-dirty');
    await user.click(saveButton());

    // The status region is always there: wait for its text, not for the region.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your profile has been saved.'),
    );
    expect(patches()).toEqual([{ contactPhone: '+49 30 7654321', metadata: { version: 1 } }]);
    expect(mock.profileFor(mockTokens.customer)?.contactPhone).toBe('+49 30 7654321');
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      contactPhone: '+49 30 7654321',
      metadata: { version: 2 },
    });
    expect(textbox('Phone')).toHaveValue('+49 30 7654321');
    expect(container.querySelector('[data-dirty]')).toBeNull();
    expect(container.querySelector('form')).toHaveAttribute('data-state', 'saved');
    await expectNoAxeViolations(container);

    // Pristine against the new version: the next change is sent alone, with version 2.
    await user.type(textbox('Middle name'), 'Maria');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(patches()[1]).toEqual({ middleName: 'Maria', metadata: { version: 2 } });
  });

  it('saves again with the current version after a save whose read failed', async () => {
    const { user, patches, mock } = await renderForm();
    // The PATCH succeeds; the one read for the new version fails.
    mock.faults.failNext(503, { method: 'GET' });
    await user.clear(textbox('Phone'));
    await user.type(textbox('Phone'), '+49 30 7654321');
    await user.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your profile has been saved.'),
    );

    await user.type(textbox('Middle name'), 'Maria');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    await waitFor(() => expect(mock.profileFor(mockTokens.customer)?.middleName).toBe('Maria'));
    // No version from before the first save (a 409 nobody caused): the current one.
    expect(patches()[1]).toEqual({ middleName: 'Maria', metadata: { version: 2 } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends a cleared optional field as an empty string', async () => {
    const { user, patches, mock } = await renderForm();
    await user.clear(textbox('Phone'));
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ contactPhone: '', metadata: { version: 1 } }]);
    expect(mock.profileFor(mockTokens.customer)?.contactPhone).toBe('');
  });

  it('sends nothing when nothing changed, and says so', async () => {
    const { user, patches } = await renderForm();
    await user.type(textbox('First name'), ' ');
    await user.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('There are no changes to save.'),
    );
    expect(patches()).toEqual([]);
  });

  it('normalizes a typed currency and language before sending', async () => {
    const { user, patches } = await renderForm();
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'usd');
    await user.clear(codeBox('Preferred language'));
    await user.type(codeBox('Preferred language'), 'en-GB');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([
      { preferredLanguage: 'en_GB', preferredCurrency: 'USD', metadata: { version: 1 } },
    ]);
  });

  it('saves a site chosen from the host’s sites', async () => {
    const { user, patches } = await renderForm({
      sites: [
        { code: 'main', name: 'Main shop' },
        { code: 'outlet', name: 'Outlet' },
      ],
    });
    await user.selectOptions(picker('Preferred site'), 'Outlet');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ preferredSite: 'outlet', metadata: { version: 1 } }]);
  });

  it('is busy while saving, and a second click or Enter sends nothing more', async () => {
    const { user, patches, mock, container } = await renderForm();
    mock.faults.latency(300);
    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'Annabel');
    await user.click(saveButton());

    const form = container.querySelector('form');
    expect(form).toHaveAttribute('aria-busy', 'true');
    expect(form).toHaveAttribute('data-state', 'saving');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(saveButton());
    await user.type(textbox('Last name'), '{Enter}');

    await screen.findByText('Your profile has been saved.');
    expect(form).not.toHaveAttribute('aria-busy');
    expect(saveButton()).not.toHaveAttribute('aria-disabled');
    expect(patches()).toHaveLength(1);
  });

  it('has no accessibility violations while saving', async () => {
    const { user, mock, container } = await renderForm();
    mock.faults.latency('infinite');
    await user.type(textbox('Middle name'), 'Lena');
    await user.click(saveButton());
    expect(container.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
  });

  it('can be edited and saved with the keyboard alone', async () => {
    const { user, patches } = await renderForm();
    await user.tab();
    expect(picker('Title')).toHaveFocus();
    await user.tab();
    expect(textbox('First name')).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}Annabel');
    await user.tab();
    await user.tab();
    expect(textbox('Last name')).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ firstName: 'Annabel', metadata: { version: 1 } }]);

    // Focus stays where it was; the buttons follow the fields in the tab order.
    expect(textbox('Last name')).toHaveFocus();
    for (const next of ['Email', 'Phone', 'Company']) {
      await user.tab();
      expect(textbox(next)).toHaveFocus();
    }
    await user.keyboard('ACME');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(saveButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(patches()[1]).toEqual({ company: 'ACME', metadata: { version: 2 } });
  });

  it('returns to the stored values on Cancel', async () => {
    const onCancel = vi.fn();
    const { user, patches, container } = await renderForm({ onCancel });
    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'X');
    await user.clear(textbox('Email'));
    await user.click(saveButton());
    await screen.findByText('Your email address cannot be removed.');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(textbox('First name')).toHaveValue('Anna');
    expect(textbox('Email')).toHaveValue('anna.schmidt@example.com');
    expect(screen.queryByText('Your email address cannot be removed.')).toBeNull();
    expect(container.querySelector('[data-dirty], [data-invalid]')).toBeNull();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(patches()).toEqual([]);
  });
});

describe('ProfileForm: validation (the client’s schema, before any request)', () => {
  it('refuses a typed invalid currency: inline error, focus, described by the error, no PATCH', async () => {
    const { user, patches, container } = await renderForm();
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'EURO');
    await user.click(saveButton());

    const currency = codeBox('Preferred currency');
    await waitFor(() => expect(currency).toHaveFocus());
    expect(currency).toHaveAttribute('aria-invalid', 'true');
    expect(currency).toHaveAccessibleDescription(
      'A three-letter currency code, like EUR. Choose a valid currency, like EUR.',
    );
    const errorId = currency.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)).toHaveTextContent(
      'Choose a valid currency, like EUR.',
    );
    expect(patches()).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('refuses a typed unknown language', async () => {
    const { user, patches } = await renderForm();
    await user.clear(codeBox('Preferred language'));
    await user.type(codeBox('Preferred language'), 'klingon');
    await user.click(saveButton());
    expect(
      await screen.findByText('Choose a valid language, like en or en_US.'),
    ).toBeInTheDocument();
    expect(codeBox('Preferred language')).toHaveAttribute('aria-invalid', 'true');
    expect(patches()).toEqual([]);
  });

  it('refuses an invalid currency chosen from a list, focusing the first invalid field', async () => {
    const { user, patches } = await renderForm({ currencies: ['EUR', 'USD', 'EURO'] });
    const currency = picker('Preferred currency');
    expect(
      within(currency)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Euro – EUR', 'US Dollar – USD', 'EURO (not valid)']);
    await user.selectOptions(currency, 'EURO');
    await user.type(textbox('Phone'), 'x');
    await user.click(saveButton());

    await waitFor(() => expect(textbox('Phone')).toHaveFocus());
    expect(textbox('Phone')).toHaveAccessibleDescription(
      'Use digits, spaces and + ( ) - . / only.',
    );
    expect(currency).toHaveAccessibleDescription('Choose a valid currency, like EUR.');
    expect(currency).toHaveAttribute('aria-invalid', 'true');
    expect(patches()).toEqual([]);
  });

  it('refuses an invalid language chosen from a list', async () => {
    const { user, patches } = await renderForm({ languages: ['en', 'de', 'xx_XX'] });
    await user.selectOptions(picker('Preferred language'), 'xx_XX');
    await user.click(saveButton());
    await waitFor(() => expect(picker('Preferred language')).toHaveFocus());
    expect(picker('Preferred language')).toHaveAccessibleDescription(
      'Choose a valid language, like en or en_US.',
    );
    expect(patches()).toEqual([]);
  });

  it('does not let the contact email be removed, and checks its form', async () => {
    const { user, patches } = await renderForm();
    await user.clear(textbox('Email'));
    await user.click(saveButton());
    await waitFor(() => expect(textbox('Email')).toHaveFocus());
    expect(textbox('Email')).toHaveAccessibleDescription('Your email address cannot be removed.');

    await user.type(textbox('Email'), 'anna@');
    expect(textbox('Email')).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
    expect(patches()).toEqual([]);
  });

  it('checks lengths and the phone format', async () => {
    const { user, patches } = await renderForm();
    await user.clear(textbox('First name'));
    await user.click(textbox('First name'));
    await user.paste('A'.repeat(101));
    await user.type(textbox('Phone'), ' ext. 5');
    await user.click(saveButton());
    expect(await screen.findByText('Use at most 100 characters.')).toBeInTheDocument();
    expect(textbox('Phone')).toHaveAccessibleDescription(
      'Use digits, spaces and + ( ) - . / only.',
    );
    await waitFor(() => expect(textbox('First name')).toHaveFocus());
    expect(patches()).toEqual([]);
  });

  it('clears an error as soon as the value is fixed', async () => {
    const { user } = await renderForm();
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'XYZ');
    await user.click(saveButton());
    await screen.findByText('Choose a valid currency, like EUR.');
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'CHF');
    expect(screen.queryByText('Choose a valid currency, like EUR.')).toBeNull();
    expect(codeBox('Preferred currency')).not.toHaveAttribute('aria-invalid');
    expect(codeBox('Preferred currency')).toHaveAccessibleDescription(
      'A three-letter currency code, like EUR.',
    );
  });

  it('applies the B2B rule: a registration id needs first name, last name and company', async () => {
    const { user, patches } = await renderForm({}, { token: mockTokens.b2bCustomer });
    await user.clear(textbox('Company registration ID'));
    await user.type(textbox('Company registration ID'), 'HRB 1234');
    await user.clear(textbox('Company'));
    await user.click(saveButton());
    await waitFor(() => expect(textbox('Company')).toHaveFocus());
    expect(textbox('Company')).toHaveAccessibleDescription(
      'Required together with a company registration ID.',
    );
    expect(patches()).toEqual([]);

    await user.type(textbox('Company'), 'Emporix GmbH');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([
      {
        firstName: 'John',
        lastName: 'Doe',
        company: 'Emporix GmbH',
        b2b: { companyRegistrationId: 'HRB 1234' },
        metadata: { version: 1 },
      },
    ]);
  });

  it('clears the B2B rule’s errors when the registration id is put back', async () => {
    const { user } = await renderForm({}, { token: mockTokens.b2bCustomer });
    const registration = textbox('Company registration ID');
    const stored = (registration as HTMLInputElement).value;
    await user.clear(registration);
    await user.type(registration, 'HRB 1234');
    await user.clear(textbox('Company'));
    await user.click(saveButton());
    await waitFor(() => expect(textbox('Company')).toHaveAttribute('aria-invalid', 'true'));

    await user.clear(registration);
    await user.type(registration, stored);
    await waitFor(() => expect(textbox('Company')).not.toHaveAttribute('aria-invalid'));
  });

  it('does not pull focus back to an invalid field when the host’s props change later', async () => {
    const { user, rerender } = await renderForm();
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'EURO');
    await user.click(saveButton());
    await waitFor(() => expect(codeBox('Preferred currency')).toHaveFocus());

    await user.click(textbox('Middle name'));
    await user.keyboard('Ma');
    // The host's sites arrive (a request of its own), which changes the fields shown.
    rerender(<ProfileForm sites={[{ code: 'main', name: 'Main shop' }]} />);
    expect(await screen.findByRole('combobox', { name: 'Preferred site' })).toBeVisible();
    await user.keyboard('ria');
    expect(textbox('Middle name')).toHaveFocus();
    expect(textbox('Middle name')).toHaveValue('Maria');
    expect(codeBox('Preferred currency')).toHaveValue('EURO');
  });

  it('sends the names a registration id needs even when the host hides them', async () => {
    const { user, patches } = await renderForm(
      { fields: ['lastName', 'b2b.companyRegistrationId'] },
      { token: mockTokens.b2bCustomer },
    );
    await user.clear(textbox('Company registration ID'));
    await user.type(textbox('Company registration ID'), 'HRB 99');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([
      {
        firstName: 'John',
        lastName: 'Doe',
        company: 'Emporix',
        b2b: { companyRegistrationId: 'HRB 99' },
        metadata: { version: 1 },
      },
    ]);
  });
});

describe('ProfileForm: pickers and legacy values', () => {
  it('labels options with display names in the UI locale and keeps an unlisted stored value', async () => {
    await renderForm({ languages: ['en', 'fr-FR'], currencies: ['EUR', 'CHF'] });
    const language = picker('Preferred language');
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['German (Germany) – de_DE', 'English – en', 'French (France) – fr_FR']);
    expect(language).toHaveValue('de_DE');
    expect(language).toHaveAccessibleDescription(
      'The saved value German (Germany) – de_DE is not offered here. Keep it or choose another.',
    );
    expect(picker('Preferred currency')).toHaveDisplayValue('Euro – EUR');
    expect(picker('Preferred currency')).toHaveAccessibleDescription('');
  });

  it('names regional languages as the language with its region, never a dialect name', async () => {
    await renderForm({ languages: ['de_CH', 'en_US', 'en_GB', 'nl_BE'] });
    const labels = within(picker('Preferred language'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([
        'German (Switzerland) – de_CH',
        'English (United States) – en_US',
        'English (United Kingdom) – en_GB',
        'Dutch (Belgium) – nl_BE',
      ]),
    );
  });

  it('names regional languages in German too', async () => {
    await renderForm({ locale: 'de', messages: de, languages: ['de_CH', 'de_AT', 'fr_CH'] });
    const labels = within(picker('Bevorzugte Sprache'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Deutsch (Schweiz) – de_CH',
        'Deutsch (Österreich) – de_AT',
        'Französisch (Schweiz) – fr_CH',
      ]),
    );
  });

  it('does not flag a regional form of an offered language (de_DE where the site offers de)', async () => {
    await renderForm({ languages: ['en', 'de'] });
    const language = picker('Preferred language');
    expect(language).toHaveValue('de_DE');
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['German (Germany) – de_DE', 'English – en', 'German – de']);
    expect(language.closest('[data-slot="field"]')).not.toHaveAttribute('data-notice');
  });

  it('suggests every valid code with its name in a language or currency text box', async () => {
    const { user, patches } = await renderForm();
    const suggestions = (box: HTMLInputElement) =>
      [...(box.list?.options ?? [])].map((option) => [option.value, option.label]);
    const currencies = suggestions(codeBox('Preferred currency'));
    expect(currencies).toEqual(
      expect.arrayContaining([
        ['EUR', 'Euro'],
        ['CHF', 'Swiss Franc'],
      ]),
    );
    expect(currencies.map(([code]) => code)).not.toEqual(expect.arrayContaining(['HRK']));
    expect(currencies.map(([code]) => code)).not.toEqual(expect.arrayContaining(['XTS']));
    const languages = suggestions(codeBox('Preferred language'));
    expect(languages).toEqual(
      expect.arrayContaining([
        ['de', 'German'],
        ['fr', 'French'],
      ]),
    );
    // Every ISO 639-1 language, those this browser's Intl cannot name (Northern Sami) by code.
    expect(languages).toHaveLength(183);
    expect(languages.map(([code]) => code)).toContain('se');

    // A suggestion is a value the form accepts as it is.
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'CHF');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches().at(-1)).toMatchObject({ preferredCurrency: 'CHF' });
  });

  it('names the suggestions in the UI language', async () => {
    await renderForm({ locale: 'de', messages: de });
    const box = screen.getByRole<HTMLInputElement>('combobox', { name: 'Bevorzugte Sprache' });
    const names = [...(box.list?.options ?? [])].map((option) => option.label);
    expect(names).toEqual(expect.arrayContaining(['Deutsch', 'Französisch']));
  });

  it('flags a stored invalid currency but still saves other fields', async () => {
    const { user, patches, container } = await renderForm(
      { currencies: ['EUR', 'USD'] },
      { customers: withProfile({ preferredCurrency: 'EURO' }) },
    );
    const currency = picker('Preferred currency');
    expect(currency).toHaveDisplayValue('EURO (not valid)');
    expect(currency).toHaveAccessibleDescription(
      'The saved value EURO is not a valid currency. Choose one.',
    );
    expect(currency.closest('[data-slot="field"]')).toHaveAttribute('data-notice', 'invalid');
    await expectNoAxeViolations(container);

    await user.clear(textbox('Phone'));
    await user.type(textbox('Phone'), '030 555');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ contactPhone: '030 555', metadata: { version: 1 } }]);
    expect(picker('Preferred currency')).toHaveDisplayValue('EURO (not valid)');

    await user.selectOptions(picker('Preferred currency'), 'USD');
    expect(picker('Preferred currency')).toHaveAccessibleDescription('');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(patches()[1]).toEqual({ preferredCurrency: 'USD', metadata: { version: 2 } });
  });

  it('flags a stored invalid language typed-in field without blocking other fields', async () => {
    const { user, patches } = await renderForm(
      {},
      { customers: withProfile({ preferredLanguage: 'german' }) },
    );
    expect(codeBox('Preferred language')).toHaveAccessibleDescription(
      'A language code, like en or en_US. The saved value german is not a valid language. Choose one.',
    );
    await user.type(textbox('Middle name'), 'Lena');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ middleName: 'Lena', metadata: { version: 1 } }]);
  });

  it('saves the valid form of a stored legacy language or currency the customer picks', async () => {
    const { user, patches } = await renderForm(
      { languages: ['en', 'de-DE'] },
      { customers: withProfile({ preferredLanguage: 'de-DE', preferredCurrency: 'eur' }) },
    );
    await user.selectOptions(picker('Preferred language'), 'de_DE');
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'EUR');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]).toEqual({
      preferredLanguage: 'de_DE',
      preferredCurrency: 'EUR',
      metadata: { version: 1 },
    });
  });

  it('keeps a stored title the host does not offer', async () => {
    const { user, patches } = await renderForm({}, { customers: withProfile({ title: 'PROF' }) });
    expect(picker('Title')).toHaveDisplayValue('PROF');
    await user.selectOptions(picker('Title'), 'No title');
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ title: '', metadata: { version: 1 } }]);
  });
});

describe('ProfileForm: failures keep the edits', () => {
  it('puts a 400 details[] error on its field', async () => {
    const { user, mock, container } = await renderForm();
    mock.faults.failNext(400, {
      method: 'PATCH',
      body: {
        status: 400,
        type: 'validation_failure',
        message: 'Validation failed.',
        details: [{ field: 'contactPhone', type: 'invalid_value', message: 'Not a phone number.' }],
      },
    });
    await user.clear(textbox('Phone'));
    await user.type(textbox('Phone'), '0000 0000');
    await user.click(saveButton());

    await waitFor(() => expect(textbox('Phone')).toHaveFocus());
    expect(textbox('Phone')).toHaveAttribute('aria-invalid', 'true');
    expect(textbox('Phone')).toHaveAccessibleDescription(
      'Use digits, spaces and + ( ) - . / only.',
    );
    expect(textbox('Phone')).toHaveValue('0000 0000');
    expect(screen.queryByRole('alert')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('names a server error on a field the form does not show', async () => {
    const { user, mock } = await renderForm({ fields: ['firstName', 'lastName'] });
    mock.faults.failNext(400, {
      method: 'PATCH',
      body: {
        status: 400,
        type: 'validation_failure',
        message: 'Validation failed.',
        details: [{ field: 'contactEmail', type: 'invalid_value', message: 'Bad email.' }],
      },
    });
    await user.type(textbox('First name'), 'a');
    await user.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some details could not be saved: Email.',
    );
    expect(textbox('First name')).toHaveValue('Annaa');
  });

  it.each([
    [
      'a dropped connection',
      'network',
      'We could not reach the server. Your changes are kept; try again.',
    ],
    [
      'a server failure',
      500,
      'Your changes could not be saved right now. They are kept; try again later.',
    ],
    ['rate limiting', 429, 'Too many attempts. Wait a moment, then try again.'],
    ['a forbidden session', 403, 'Sign in as a customer to change your profile.'],
  ] as const)(
    'explains %s in one alert and keeps the edits for another try',
    async (_case, fault, message) => {
      const { user, mock, patches, container } = await renderForm();
      if (fault === 'network') mock.faults.networkErrorNext({ method: 'PATCH' });
      else mock.faults.failNext(fault, { method: 'PATCH' });
      await user.clear(textbox('First name'));
      await user.type(textbox('First name'), 'Annabel');
      await user.click(saveButton());

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(screen.getAllByRole('alert')).toHaveLength(1);
      expect(textbox('First name')).toHaveValue('Annabel');
      expect(container.querySelector('form')).toHaveAttribute('data-state', 'failed');
      await expectNoAxeViolations(container);

      await user.click(saveButton());
      await screen.findByText('Your profile has been saved.');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(patches().at(-1)).toEqual({ firstName: 'Annabel', metadata: { version: 1 } });
      expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Annabel');
    },
  );

  it('reports an expired session, calls onSessionExpired and keeps the edits', async () => {
    const onSessionExpired = vi.fn();
    const onSignIn = vi.fn();
    const { user, mock } = await renderForm({ onSessionExpired, onSignIn });
    mock.expireToken(mockTokens.customer);
    await user.type(textbox('Middle name'), 'Lena');
    await user.click(saveButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Your session has expired. Sign in again; your changes are kept here.',
    );
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(textbox('Middle name')).toHaveValue('Lena');
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });
});

describe('ProfileForm: changes made elsewhere', () => {
  it('replaces the conflict with the next outcome, in the one alert', async () => {
    const { user, mock, patches, container } = renderWithKit(
      <ProfileForm fields={['firstName', 'b2b.companyRegistrationId']} />,
      { customers: withProfile({ businessModel: 'B2B' }) },
    );
    await screen.findByRole('textbox', { name: 'Company registration ID' });
    const form = container.querySelector('form');
    const conflictText = 'Your profile was changed elsewhere while you were editing.';
    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'Annabel');
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 89 4711',
    }));
    await user.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(conflictText);

    // An invalid field: its error is the outcome now, the conflict shown before is gone.
    await user.click(textbox('First name'));
    await user.paste('A'.repeat(101));
    await user.click(saveButton());
    await waitFor(() => expect(textbox('First name')).toHaveFocus());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/changed elsewhere/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Review and save mine again' })).toBeNull();
    expect(form).toHaveAttribute('data-state', 'idle');

    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'Annabel');
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 89 4712',
    }));
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(await screen.findByRole('alert')).toHaveTextContent(conflictText);

    // A registration id needs the company, which this form does not show: the form says
    // so in the one alert, instead of a second one next to the stale conflict.
    await user.type(textbox('Company registration ID'), 'HRB 1');
    await user.click(saveButton());
    await waitFor(() => expect(form).toHaveAttribute('data-state', 'failed'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some details could not be saved: Company.',
    );
    expect(screen.queryByText(/changed elsewhere/)).toBeNull();
    expect(patches()).toHaveLength(2);
  });

  it('on a refetch updates untouched fields and never a field being edited', async () => {
    const { user, mock, patches } = await renderForm();
    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'Annie');
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 89 1',
      company: 'Schmidt Design',
    }));
    await act(async () => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });

    await waitFor(() => expect(textbox('Phone')).toHaveValue('+49 89 1'));
    expect(textbox('Company')).toHaveValue('Schmidt Design');
    expect(textbox('First name')).toHaveValue('Annie');
    expect(textbox('First name')).toHaveFocus();

    // The edit did not touch what changed, so it now builds on the new version.
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches()).toEqual([{ firstName: 'Annie', metadata: { version: 2 } }]);
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Annie',
      contactPhone: '+49 89 1',
      company: 'Schmidt Design',
    });
  });

  it('after a refetch changed the field being edited, does not overwrite it unseen', async () => {
    const { user, mock, patches } = await renderForm();
    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'Annie');
    mock.setProfile(mockTokens.customer, (profile) => ({ ...profile, firstName: 'Anne' }));
    await act(async () => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await waitFor(() => expect(mock.requests.filter((r) => r.method === 'GET')).toHaveLength(2));
    expect(textbox('First name')).toHaveValue('Annie');

    await user.click(saveButton());
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('First name Yours: Annie → Theirs: Anne');
    expect(patches()).toEqual([{ firstName: 'Annie', metadata: { version: 1 } }]);
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anne');

    await user.click(screen.getByRole('button', { name: 'Review and save mine again' }));
    expect(patches()).toHaveLength(1);
    await user.click(saveButton());
    await screen.findByText('Your profile has been saved.');
    expect(patches().at(-1)).toEqual({ firstName: 'Annie', metadata: { version: 2 } });
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Annie');
  });
});

/** Where the first character of `needle` is drawn inside `element`, in CSS pixels from the left. */
function xOf(element: Element, needle: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(needle) ?? -1;
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    }
  }
  throw new Error(`"${needle}" is not in the element`);
}

describe('ProfileForm: what hosts and stored data throw at it', () => {
  it('shows a field the host lists twice once', async () => {
    const errors = vi.spyOn(console, 'error');
    await renderForm({ fields: ['firstName', 'lastName', 'firstName'] });
    expect(screen.getAllByRole('textbox', { name: 'First name' })).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('does not flag a stored language whose script form the host offers (zh_Hant_TW, zh-Hant)', async () => {
    const { container } = await renderForm(
      { languages: ['zh-Hant', 'en'] },
      { customers: withProfile({ preferredLanguage: 'zh_Hant_TW' }) },
    );
    expect(container.querySelector('[data-field="preferredLanguage"]')).not.toHaveAttribute(
      'data-notice',
    );
  });

  it('keeps long unbroken values inside a narrow form', async () => {
    const { container } = renderWithKit(
      <div style={{ width: '360px' }}>
        <ProfileForm />
      </div>,
      { customers: withProfile({ preferredCurrency: 'EURO'.repeat(20) }) },
    );
    await waitFor(() =>
      expect(container.querySelector('[data-slot="field-notice"]')).toBeVisible(),
    );
    const form = container.querySelector('form');
    if (!form) throw new Error('no form');
    expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
  });

  it('shows the other writer’s change once it loads, after a 409 whose read of it failed', async () => {
    const { user, mock } = await renderForm();
    await user.type(textbox('First name'), 'x');
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 30 7654321',
    }));
    mock.faults.failNext(503, { method: 'GET' });
    await user.click(saveButton());
    const line = await screen.findByRole('listitem');
    expect(line).toHaveTextContent('Phone Yours: +49 30 1234567 → Theirs: +49 30 7654321');
    // Nothing was overwritten, and the customer's edit is still there to apply or drop.
    expect(mock.profileFor(mockTokens.customer)?.firstName).toBe('Anna');
    expect(textbox('First name')).toHaveValue('Annax');
  });

  it('shows a phone number changed elsewhere left to right on a right-to-left page', async () => {
    const { user, mock } = renderWithKit(
      <div dir="rtl">
        <ProfileForm messages={{ labelContactPhone: 'الهاتف' }} />
      </div>,
    );
    await user.type(await screen.findByRole('textbox', { name: 'First name' }), 'x');
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 30 7654321',
    }));
    await user.click(saveButton());
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent(/^الهاتف/);
    const line = item.querySelector('[data-slot="conflict-theirs"]');
    if (!line) throw new Error('no value of theirs');
    expect(xOf(line, '+')).toBeLessThan(xOf(line, '49'));
    expect(xOf(line, '49')).toBeLessThan(xOf(line, '7654321'));
    // Read right to left: yours, then theirs to its left, the arrow pointing from one to the other.
    const yours = item.querySelector('[data-slot="conflict-yours"]')?.getBoundingClientRect();
    const arrow = item.querySelector('[aria-hidden="true"]');
    if (!yours || !arrow) throw new Error('no value of yours or arrow');
    expect(line.getBoundingClientRect().right).toBeLessThanOrEqual(yours.left);
    expect(getComputedStyle(arrow).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });
});

describe('ProfileForm: i18n, theming, performance', () => {
  it('speaks German, errors included', async () => {
    const { user } = await renderForm({ locale: 'de', messages: de, currencies: ['EUR', 'CHF'] });
    expect(textbox('Vorname')).toHaveValue('Anna');
    expect(picker('Anrede')).toHaveDisplayValue('Frau');
    expect(picker('Bevorzugte Währung')).toHaveDisplayValue('Euro – EUR');
    expect(within(picker('Bevorzugte Währung')).getAllByRole('option')[1]).toHaveTextContent(
      'Schweizer Franken – CHF',
    );
    await user.clear(textbox('E-Mail'));
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(
      await screen.findByText('Ihre E-Mail-Adresse kann nicht entfernt werden.'),
    ).toBeInTheDocument();
  });

  it('keeps its contrast in dark mode, errors and notices included', async () => {
    const { user, container } = renderWithKit(
      <div data-pk-color-scheme="dark">
        <ProfileForm currencies={['EUR']} />
      </div>,
      { customers: withProfile({ preferredCurrency: 'EURO' }) },
    );
    await screen.findByRole('textbox', { name: 'Last name' });
    await user.clear(textbox('Email'));
    await user.click(saveButton());
    await screen.findByText('Your email address cannot be removed.');
    const form = container.querySelector('form');
    if (!form) throw new Error('no form');
    expect(getComputedStyle(form).backgroundColor).toBe('rgb(22, 27, 34)');
    await expectNoAxeViolations(container);
  });

  it('takes texts from the messages prop, key by key', async () => {
    await renderForm({ messages: { labelFirstName: 'Given name', save: 'Update' } });
    expect(textbox('Given name')).toHaveValue('Anna');
    expect(screen.getByRole('button', { name: 'Update' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('merges class names on its parts and forwards its ref to the form', async () => {
    const ref = { current: null as HTMLFormElement | null };
    const { container } = await renderForm({
      ref,
      className: 'host-form',
      classNames: { field: 'host-field', 'field-control': 'host-control', button: 'host-button' },
    });
    expect(ref.current).toBe(container.querySelector('form'));
    expect(ref.current).toHaveClass('pk-form', 'host-form');
    expect(textbox('Phone')).toHaveClass('pk-field-control', 'host-control');
    expect(textbox('Phone').closest('[data-slot="field"]')).toHaveClass('pk-field', 'host-field');
    expect(saveButton()).toHaveClass('pk-button', 'host-button');
    expect(saveButton()).toHaveAttribute('data-variant', 'primary');
  });

  it('shows markup in names as text', async () => {
    const attack = '<img src=x onerror="window.__pkFormHacked=1">';
    const { container } = await renderForm({}, { customers: withProfile({ lastName: attack }) });
    expect(textbox('Last name')).toHaveValue(attack);
    expect(container.querySelector('img')).toBeNull();
    expect((window as { __pkFormHacked?: number }).__pkFormHacked).toBeUndefined();
  });

  it('does not re-render the form on every keystroke', async () => {
    let commits = 0;
    const { user } = renderWithKit(
      <Profiler id="form" onRender={() => (commits += 1)}>
        <ProfileForm />
      </Profiler>,
    );
    await screen.findByRole('textbox', { name: 'Last name' });
    await user.click(textbox('Company'));
    commits = 0;
    await user.keyboard('Schmidt Design GmbH');
    // Typing 19 characters: the field flips to "changed" once, the form to dirty once.
    expect(commits).toBeLessThanOrEqual(3);
    expect(textbox('Company')).toHaveValue('Schmidt Design GmbH');
  });
});

describe('ProfileForm: real-world data, the same in every browser', () => {
  it('saves languages and currencies this browser’s Intl may not know (kl_GL, se_NO, XCG)', async () => {
    const { user, patches } = await renderForm();
    await user.clear(codeBox('Preferred language'));
    await user.type(codeBox('Preferred language'), 'kl_GL');
    await user.clear(codeBox('Preferred currency'));
    await user.type(codeBox('Preferred currency'), 'XCG');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]).toMatchObject({ preferredLanguage: 'kl_GL', preferredCurrency: 'XCG' });
  });

  it('offers site languages this browser’s Intl may not name without flagging them invalid', async () => {
    await renderForm({ languages: ['se_NO', 'dz', 'kl', 'en'] });
    const labels = within(picker('Preferred language'))
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
    // The four offered, and the customer's stored de_DE, kept as an unlisted choice.
    expect(labels).toHaveLength(5);
    expect(labels.filter((label) => label.includes('(not valid)'))).toEqual([]);
  });

  it.each([
    ['HRK', 'This currency has been withdrawn. Choose a current one, like EUR.'],
    ['XTS', 'This code is not a currency you can pay in. Choose one like EUR.'],
  ])(
    'refuses the currency %s as a new value with a message that says why',
    async (code, message) => {
      const { user, patches } = await renderForm();
      await user.clear(codeBox('Preferred currency'));
      await user.type(codeBox('Preferred currency'), code);
      await user.click(saveButton());
      await waitFor(() => expect(codeBox('Preferred currency')).toHaveFocus());
      expect(codeBox('Preferred currency')).toHaveAccessibleDescription(
        `A three-letter currency code, like EUR. ${message}`,
      );
      expect(patches()).toEqual([]);
    },
  );

  it('takes a phone as people paste it and says what is missing from a short one', async () => {
    const { user, patches } = await renderForm();
    await user.clear(textbox('Phone'));
    await user.type(textbox('Phone'), '1234');
    await user.click(saveButton());
    await waitFor(() =>
      expect(textbox('Phone')).toHaveAccessibleDescription(
        'Enter the full number: at least 5 digits.',
      ),
    );
    expect(patches()).toEqual([]);

    await user.clear(textbox('Phone'));
    await user.click(textbox('Phone'));
    await user.paste('tel:+49\u00a030\u202f1234567');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]).toMatchObject({ contactPhone: '+49 30 1234567' });
  });

  it('refuses a name of invisible characters, and keeps every script and emoji', async () => {
    const { user, patches } = await renderForm();
    await user.clear(textbox('First name'));
    await user.click(textbox('First name'));
    await user.paste('\u200b\u200b');
    await user.click(saveButton());
    await waitFor(() =>
      expect(textbox('First name')).toHaveAccessibleDescription('Enter visible characters.'),
    );
    expect(patches()).toEqual([]);

    await user.clear(textbox('First name'));
    await user.click(textbox('First name'));
    await user.paste('Zoë 👩‍💻 山田');
    await user.click(saveButton());
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]).toMatchObject({ firstName: 'Zoë 👩‍💻 山田' });
  });
});
