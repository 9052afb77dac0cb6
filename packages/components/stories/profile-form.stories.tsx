import { mockTokens } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { ProfileForm, type ProfileKitMessages } from '../src/index.js';
import { customerWith } from './customer-with.js';
import { patchBodies } from './patch-bodies.js';
import { storefrontSite, storefrontSites } from './storefront-site.js';
import { storyMessages } from './story-messages.js';
import { whileOffline } from './while-offline.js';

const meta = {
  title: 'Components/ProfileForm',
  component: ProfileForm,
  tags: ['autodocs'],
  // Empty: the Locale toolbar decides. A value typed here wins over the toolbar.
  argTypes: { locale: { control: 'text' } },
  args: {
    onSaved: fn(),
    onCancel: fn(),
    onSessionExpired: fn(),
    onSignIn: fn(),
  },
  parameters: {
    profileKit: { token: mockTokens.customer },
  },
} satisfies Meta<typeof ProfileForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Prefilled from Anna Schmidt's profile; language and currency are typed codes here. */
export const Default: Story = {
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    await expect(await canvas.findByRole('textbox', { name: t.labelFirstName })).toHaveValue(
      'Anna',
    );
    await expect(canvas.getByRole('combobox', { name: t.labelPreferredCurrency })).toHaveValue(
      'EUR',
    );
  },
};

/** Edit and save: only the changed field goes out, with `metadata.version`. */
export const EditAndSave: Story = {
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const phone = await canvas.findByRole('textbox', { name: t.labelContactPhone });
    await userEvent.clear(phone);
    await userEvent.type(phone, '+49 30 7654321');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
    await expect(patchBodies(profileApi)).toEqual([
      { contactPhone: '+49 30 7654321', metadata: { version: 1 } },
    ]);
    await expect(profileApi.profileFor(mockTokens.customer)?.contactPhone).toBe('+49 30 7654321');
    await expect(args.onSaved).toHaveBeenCalledOnce();
  },
};

/** An invalid currency and language are refused on their fields, and nothing is sent. */
export const ClientValidationErrors: Story = {
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const language = await canvas.findByRole('combobox', { name: t.labelPreferredLanguage });
    const currency = canvas.getByRole('combobox', { name: t.labelPreferredCurrency });
    await userEvent.clear(language);
    await userEvent.type(language, 'klingon');
    await userEvent.clear(currency);
    await userEvent.type(currency, 'EURO');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await expect(await canvas.findByText(t.errorCurrency)).toBeVisible();
    await expect(canvas.getByText(t.errorLanguage)).toBeVisible();
    await waitFor(() => expect(language).toHaveFocus());
    await expect(currency).toHaveAttribute('aria-invalid', 'true');
    await expect(currency).toHaveAccessibleDescription(
      `${t.descriptionPreferredCurrency} ${t.errorCurrency}`,
    );
    await expect(patchBodies(profileApi)).toEqual([]);
  },
};

/** A notice text with its `{value}` filled in, as the form shows it. */
function formatNotice(template: string, value: string): string {
  return template.replace('{value}', value);
}

const serverRefusal = {
  status: 400,
  type: 'validation_failure',
  message: 'Validation failed.',
  details: [
    { field: 'contactPhone', type: 'invalid_value', message: 'Not a reachable phone number.' },
    { field: 'company', type: 'invalid_value', message: 'Company is blocked.' },
  ],
};

/** The server refuses the save with `details[]`: each error lands on its field, edits kept. */
export const ServerFieldErrors: Story = {
  name: 'Server details[] errors',
  parameters: {
    profileKit: {
      setup: (api) => api.faults.failNext(400, { method: 'PATCH', body: serverRefusal }),
    },
  },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const phone = await canvas.findByRole('textbox', { name: t.labelContactPhone });
    const company = canvas.getByRole('textbox', { name: t.labelCompany });
    await userEvent.clear(phone);
    await userEvent.type(phone, '0000 0000');
    await userEvent.type(company, 'ACME');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await waitFor(() => expect(phone).toHaveFocus());
    await expect(phone).toHaveAccessibleDescription(t.errorPhone);
    await expect(company).toHaveAccessibleDescription(t.errorInvalid);
    await expect(phone).toHaveValue('0000 0000');
    await expect(company).toHaveValue('ACME');
  },
};

/**
 * Someone else saved while the customer was editing (409): the customer renames themself,
 * another writer changes the phone. The form lists yours → theirs, keeps the edits, and
 * "Review and save mine again" puts them on the latest version — highlighted, not yet
 * saved — so both writers' changes are stored once the customer saves.
 */
export const Conflict: Story = {
  name: '409 conflict, resolved',
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const firstName = await canvas.findByRole('textbox', { name: t.labelFirstName });
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Annabel');
    profileApi.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 40 555',
    }));
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.conflictMessage);
    await waitFor(() => expect(canvas.getByRole('heading')).toHaveFocus());
    const changes = canvas.getByRole('list', { name: t.conflictChangesTitle });
    await expect(within(changes).getByRole('listitem')).toHaveTextContent('+49 40 555');
    await expect(firstName).toHaveValue('Annabel');

    await userEvent.click(canvas.getByRole('button', { name: t.conflictKeepMine }));
    await expect(canvas.getByRole('status')).toHaveTextContent(t.conflictKeptMine);
    const phone = canvas.getByRole('textbox', { name: t.labelContactPhone });
    await expect(phone).toHaveFocus();
    await expect(phone.closest('[data-slot="field"]')).toHaveAttribute('data-conflict', 'theirs');
    await expect(patchBodies(profileApi)).toHaveLength(1);

    await userEvent.click(canvas.getByRole('button', { name: t.save }));
    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
    await expect(patchBodies(profileApi).at(-1)).toEqual({
      firstName: 'Annabel',
      metadata: { version: 2 },
    });
    await expect(profileApi.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Annabel',
      contactPhone: '+49 40 555',
      metadata: { version: 3 },
    });
  },
};

/**
 * The conflict screen, left open to look at: both changed the phone, only the other writer
 * the currency. Per field yours → theirs, and the two choices; nothing is resolved here.
 */
export const ConflictOpen: Story = {
  name: '409 conflict, open',
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const phone = await canvas.findByRole('textbox', { name: t.labelContactPhone });
    await userEvent.clear(phone);
    await userEvent.type(phone, '+49 30 1111111');
    profileApi.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      contactPhone: '+49 40 555',
      preferredCurrency: 'CHF',
    }));
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.conflictMessage);
    const changes = canvas.getByRole('list', { name: t.conflictChangesTitle });
    await expect(within(changes).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByRole('button', { name: t.conflictKeepMine })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t.conflictUseTheirs })).toBeVisible();
  },
};

/** The session expires before the save (401): the form says so, keeps the edits, offers sign-in. */
export const SessionExpired: Story = {
  name: 'Save error: session expired',
  parameters: {
    profileKit: { setup: (api) => api.faults.failNext(401, { method: 'PATCH' }) },
  },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const middleName = await canvas.findByRole('textbox', { name: t.labelMiddleName });
    await userEvent.type(middleName, 'Lena');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t.saveErrorUnauthorized);
    await expect(args.onSessionExpired).toHaveBeenCalledOnce();
    await expect(middleName).toHaveValue('Lena');
    await userEvent.click(within(alert).getByRole('button', { name: t.signInAgain }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/** The connection drops during the save; the edits stay, and saving again succeeds. */
export const NetworkFailureThenRetry: Story = {
  name: 'Network failure, then retry',
  parameters: {
    profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'PATCH' }) },
  },
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const firstName = await canvas.findByRole('textbox', { name: t.labelFirstName });
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Annabel');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.saveErrorNetwork);
    await expect(firstName).toHaveValue('Annabel');

    await userEvent.click(canvas.getByRole('button', { name: t.save }));
    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(patchBodies(profileApi)).toEqual([
      { firstName: 'Annabel', metadata: { version: 1 } },
      { firstName: 'Annabel', metadata: { version: 1 } },
    ]);
  },
};

/**
 * A save that has not answered yet, and stays so: the mock holds every answer from the
 * Save on (`faults.latency('infinite')`), and the client waits its longest (10 min). The
 * form is busy and Save refuses a second click.
 */
export const SavingInProgress: Story = {
  parameters: { profileKit: { timeoutMs: 600_000 } },
  play: async ({ canvas, canvasElement, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const company = await canvas.findByRole('textbox', { name: t.labelCompany });
    await userEvent.type(company, 'Schmidt Design');
    profileApi.faults.latency('infinite');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    const form = canvasElement.querySelector('form');
    await waitFor(() => expect(form).toHaveAttribute('aria-busy', 'true'));
    await expect(form).toHaveAttribute('data-state', 'saving');
    await expect(canvas.getByRole('button', { name: t.save })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(company).toHaveValue('Schmidt Design');
    await waitFor(() =>
      expect(patchBodies(profileApi)).toEqual([
        { company: 'Schmidt Design', metadata: { version: 1 } },
      ]),
    );
  },
};

/**
 * Save errors that stay on screen: the customer changed the company and saved; the alert
 * says what went wrong, and the edit is kept.
 */
function saveErrorStory(name: string, text: (t: ProfileKitMessages) => string): Story {
  return {
    name,
    play: async ({ canvas, userEvent, args, ...context }) => {
      const t = storyMessages({ args, ...context });
      const company = await canvas.findByRole('textbox', { name: t.labelCompany });
      await userEvent.type(company, 'Schmidt Design');
      await userEvent.click(canvas.getByRole('button', { name: t.save }));
      await expect(await canvas.findByRole('alert')).toHaveTextContent(text(t));
      await expect(company).toHaveValue('Schmidt Design');
    },
  };
}

/** The token may not change a customer profile (403). */
export const SaveForbidden: Story = {
  ...saveErrorStory('Save error: forbidden', (t) => t.saveErrorForbidden),
  parameters: { profileKit: { setup: (api) => api.faults.failNext(403, { method: 'PATCH' }) } },
};

/** The server fails the save (500); a save is never retried by itself. */
export const SaveServerError: Story = {
  ...saveErrorStory('Save error: server', (t) => t.saveErrorServer),
  parameters: { profileKit: { setup: (api) => api.faults.failNext(500, { method: 'PATCH' }) } },
};

/** The connection drops during the save. */
export const SaveNetworkError: Story = {
  ...saveErrorStory('Save error: network', (t) => t.saveErrorNetwork),
  parameters: { profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'PATCH' }) } },
};

/** The browser is offline when the customer saves. */
export const SaveOffline: Story = {
  ...saveErrorStory('Save error: offline', (t) => t.saveErrorOffline),
  beforeEach: whileOffline,
  parameters: { profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'PATCH' }) } },
};

/**
 * The save gets no answer within the client's `timeoutMs` (3 s here, long enough for the
 * first read on a busy machine): the mock holds its answers from the Save on.
 */
export const SaveTimeout: Story = {
  name: 'Save error: timeout',
  parameters: { profileKit: { timeoutMs: 3_000 } },
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const company = await canvas.findByRole('textbox', { name: t.labelCompany });
    await userEvent.type(company, 'Schmidt Design');
    loadedKit(loaded).profileApi.faults.latency('infinite');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.saveErrorTimeout);
    await expect(company).toHaveValue('Schmidt Design');
  },
};

/**
 * The host passes its site's languages and currencies (and its sites): the form offers
 * them as pickers with display names in the UI language.
 */
export const SiteLanguagesAndCurrencies: Story = {
  name: 'Language and currency options from a site',
  args: {
    languages: storefrontSite.languages,
    currencies: storefrontSite.availableCurrencies,
    sites: storefrontSites,
  },
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const currency = await canvas.findByRole('combobox', { name: t.labelPreferredCurrency });
    const offered = within(currency)
      .getAllByRole<HTMLOptionElement>('option')
      .map((option) => option.value);
    await expect(offered).toEqual(['EUR', 'CHF', 'GBP', 'USD']);
    await userEvent.selectOptions(currency, 'CHF');
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: t.labelPreferredSite }),
      'us',
    );
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
    await expect(patchBodies(profileApi)).toEqual([
      { preferredCurrency: 'CHF', preferredSite: 'us', metadata: { version: 1 } },
    ]);
  },
};

/**
 * `siteCode="ch"`: the form reads the Swiss site from the Site Settings API (`useSite`,
 * one request) and builds the pickers from what it offers — `de`, `fr`; CHF, EUR. No
 * `languages` or `currencies` props. Anna's stored `de_DE` is a regional form of the
 * offered `de`, so it is not flagged.
 */
export const OptionsFromTheSite: Story = {
  name: 'Options from the site',
  args: { siteCode: 'ch' },
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const currency = await canvas.findByRole('combobox', { name: t.labelPreferredCurrency });
    const language = canvas.getByRole('combobox', { name: t.labelPreferredLanguage });
    const values = (select: HTMLElement) =>
      within(select)
        .getAllByRole<HTMLOptionElement>('option')
        .map((option) => option.value);
    await expect(values(currency)).toEqual(['CHF', 'EUR']);
    await expect(values(language)).toEqual(['de_DE', 'de', 'fr']);
    await expect(language.closest('[data-slot="field"]')).not.toHaveAttribute('data-notice');
    await expect(
      profileApi.requests.filter((request) => request.path === '/site/demo/sites/ch'),
    ).toHaveLength(1);

    await userEvent.selectOptions(currency, 'CHF');
    await userEvent.selectOptions(language, 'fr');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));
    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
    await expect(patchBodies(profileApi)).toEqual([
      { preferredLanguage: 'fr', preferredCurrency: 'CHF', metadata: { version: 1 } },
    ]);
  },
};

/** Edited and saved with the keyboard alone: Tab to a field, type, Enter to save. */
export const KeyboardOnly: Story = {
  name: 'Keyboard-only editing',
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    const title = await canvas.findByRole('combobox', { name: t.labelTitle });
    const firstName = canvas.getByRole('textbox', { name: t.labelFirstName });

    await userEvent.tab();
    await expect(title).toHaveFocus();
    await userEvent.tab();
    await expect(firstName).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}Annabel{Enter}');
    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
    await expect(firstName).toHaveFocus();

    // Focus stayed put; Tab goes on through the fields in order, then to Save.
    const onwards = [t.labelMiddleName, t.labelLastName, t.labelContactEmail, t.labelContactPhone];
    for (const label of [...onwards, t.labelCompany]) {
      await userEvent.tab();
      await expect(canvas.getByRole('textbox', { name: label })).toHaveFocus();
    }
    await userEvent.keyboard('ACME');
    // The code boxes suggest values (a datalist), so their role is combobox.
    for (const label of [t.labelPreferredLanguage, t.labelPreferredCurrency]) {
      await userEvent.tab();
      await expect(canvas.getByRole('combobox', { name: label })).toHaveFocus();
    }
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: t.save })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(patchBodies(profileApi)).toHaveLength(2));
    await expect(patchBodies(profileApi)).toEqual([
      { firstName: 'Annabel', metadata: { version: 1 } },
      { company: 'ACME', metadata: { version: 2 } },
    ]);
    await expect(await canvas.findByText(t.saveSuccess)).toBeVisible();
  },
};

/**
 * The host brand theme with a notice and an error on screen: a stored currency that is not
 * valid (shown before anything happens), then a removed email (after Save).
 */
export const HostBrandThemeWithErrors: Story = {
  globals: { theme: 'brand' },
  args: { currencies: ['EUR', 'USD'] },
  parameters: { profileKit: { mock: customerWith({ preferredCurrency: 'EURO' }) } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const currency = await canvas.findByRole('combobox', { name: t.labelPreferredCurrency });
    await expect(currency).toHaveAccessibleDescription(
      formatNotice(t.noticeInvalidCurrency, 'EURO'),
    );
    await userEvent.clear(canvas.getByRole('textbox', { name: t.labelContactEmail }));
    await userEvent.click(canvas.getByRole('button', { name: t.save }));
    await expect(await canvas.findByText(t.errorEmailRequired)).toBeVisible();
  },
};

/**
 * German texts, display names, notices and errors — the story sets `locale` itself, and
 * the host page passes the German messages with it, as a host would. The stored currency
 * `EURO` is not valid, so the form flags it before anything happens.
 */
export const German: Story = {
  args: {
    locale: 'de',
    languages: storefrontSite.languages,
    currencies: storefrontSite.availableCurrencies,
  },
  parameters: { profileKit: { mock: customerWith({ preferredCurrency: 'EURO' }) } },
  play: async ({ canvas, userEvent, loaded }) => {
    const currency = await canvas.findByRole('combobox', { name: 'Bevorzugte Währung' });
    await expect(currency).toHaveAccessibleDescription(
      'Der gespeicherte Wert EURO ist keine gültige Währung. Bitte wählen Sie eine.',
    );
    await userEvent.selectOptions(currency, 'Schweizer Franken – CHF');
    await userEvent.clear(canvas.getByRole('textbox', { name: 'E-Mail' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Änderungen speichern' }));
    await expect(
      await canvas.findByText('Ihre E-Mail-Adresse kann nicht entfernt werden.'),
    ).toBeVisible();
    await expect(patchBodies(loadedKit(loaded).profileApi)).toEqual([]);
  },
};
