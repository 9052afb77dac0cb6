import { profileQueryKeys, type Site, useSite } from '@profile-kit/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileForm, type ProfileFormProps } from '../src/index.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { type KitOptions, renderWithKit } from './render-with-kit.js';

const picker = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const optionTexts = (select: HTMLSelectElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);
const siteReads = (kit: ReturnType<typeof renderWithKit>) =>
  kit.mock.requests.filter((request) => request.path.startsWith('/site/')).length;

async function renderForm(props: ProfileFormProps, options: KitOptions = {}) {
  const kit = renderWithKit(<ProfileForm {...props} />, options);
  await screen.findByRole('textbox', { name: 'Last name' });
  return kit;
}

function SiteName({ siteCode }: { siteCode: string }) {
  const { data } = useSite(siteCode);
  return <p>{`Shop: ${data?.name ?? '…'}`}</p>;
}

describe('ProfileForm: options from the site', () => {
  it('builds the language and currency pickers from the site read by siteCode', async () => {
    const kit = await renderForm({ siteCode: 'ch' });
    // Anna's stored de_DE is a regional form of the offered de: listed, not flagged.
    expect(optionTexts(picker('Preferred language'))).toEqual([
      'German (Germany) – de_DE',
      'German – de',
      'French – fr',
    ]);
    expect(picker('Preferred language').closest('[data-slot="field"]')).not.toHaveAttribute(
      'data-notice',
    );
    expect(optionTexts(picker('Preferred currency'))).toEqual(['Swiss Franc – CHF', 'Euro – EUR']);
    expect(picker('Preferred currency')).toHaveValue('EUR');
    expect(siteReads(kit)).toBe(1);
    await expectNoAxeViolations(kit.container);
  });

  it('reads the site once for the form and another component showing it', async () => {
    const kit = renderWithKit(
      <>
        <SiteName siteCode="ch" />
        <ProfileForm siteCode="ch" />
      </>,
    );
    expect(await screen.findByText('Shop: Schweiz')).toBeVisible();
    await screen.findByRole('combobox', { name: 'Preferred currency' });
    expect(siteReads(kit)).toBe(1);
  });

  it('offers every code the site offers, unflagged, and saves each as chosen', async () => {
    const kit = await renderForm({ siteCode: 'ch' });
    for (const select of [picker('Preferred language'), picker('Preferred currency')]) {
      expect(optionTexts(select).join()).not.toMatch(/not valid/i);
    }
    await kit.user.selectOptions(picker('Preferred language'), 'fr');
    await kit.user.selectOptions(picker('Preferred currency'), 'CHF');
    await kit.user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Your profile has been saved.');
    expect(kit.patches()).toEqual([
      { preferredLanguage: 'fr', preferredCurrency: 'CHF', metadata: { version: 1 } },
    ]);
  });

  it('takes a site object as given, regional tags and the default currency included, without a request', async () => {
    const site: Site = {
      code: 'ch',
      languages: ['de_CH', 'fr_CH'],
      defaultLanguage: 'de_CH',
      currency: 'CHF',
    };
    const kit = await renderForm({ site, locale: 'en' });
    const values = (select: HTMLSelectElement) => [...select.options].map((option) => option.value);
    expect(values(picker('Preferred language'))).toEqual(['de_DE', 'de_CH', 'fr_CH']);
    // No availableCurrencies (as in the contract's example site): its currency is offered.
    expect(optionTexts(picker('Preferred currency'))).toEqual(['Euro – EUR', 'Swiss Franc – CHF']);
    expect(siteReads(kit)).toBe(0);
  });

  it('lets explicit languages and currencies win over the site', async () => {
    const kit = await renderForm({ siteCode: 'main', currencies: ['GBP'] });
    expect(optionTexts(picker('Preferred currency'))).toEqual([
      'Euro – EUR',
      'British Pound – GBP',
    ]);
    // The site still gives the languages.
    expect(optionTexts(picker('Preferred language'))).toEqual([
      'German (Germany) – de_DE',
      'English – en',
    ]);
    kit.unmount();
    const both = await renderForm({ siteCode: 'main', languages: ['de'], currencies: ['EUR'] });
    expect(optionTexts(picker('Preferred language'))).toEqual([
      'German (Germany) – de_DE',
      'German – de',
    ]);
    // Nothing left for the site to give: it is not read.
    expect(siteReads(both)).toBe(0);
  });

  it('keeps the skeleton until the site is read: no text box that turns into a picker', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const kit = renderWithKit(<ProfileForm siteCode="ch" />, {
      wrapFetch: (fetch) => async (input, init) => {
        if (String(input).includes('/site/')) await held;
        return fetch(input, init);
      },
    });
    // The profile is in; the site is not.
    const profileQuery = () =>
      kit.queryClient
        .getQueryCache()
        .find({ queryKey: profileQueryKeys.session('demo', 'signed-in'), exact: false });
    await waitFor(() => expect(profileQuery()?.state.status).toBe('success'));
    expect(kit.container.querySelector('form')).toHaveAttribute('data-state', 'loading');
    // No field yet: not a text box standing in for the picker while the site loads.
    expect(screen.queryByRole('combobox', { name: 'Preferred currency' })).toBeNull();
    release();
    const currency = await screen.findByRole('combobox', { name: 'Preferred currency' });
    expect(currency.tagName).toBe('SELECT');
    expect(currency).toHaveValue('EUR');
  });

  it('falls back to text boxes when the site cannot be read, and stays editable', async () => {
    const kit = await renderForm({ siteCode: 'nowhere' });
    // A text box (it suggests codes, so its role is combobox), not a picker.
    const currency = screen.getByRole('combobox', { name: 'Preferred currency' });
    expect(currency.tagName).toBe('INPUT');
    expect(currency).toHaveValue('EUR');
    expect(siteReads(kit)).toBe(1);
  });
});
