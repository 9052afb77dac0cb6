import { de } from '@profile-kit/components/locales/de';
import { mockTokens } from '@profile-kit/mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ProfileForm, type ProfileFormProps } from '../src/index.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { renderWithKit } from './render-with-kit.js';

const textbox = (name: string) => screen.getByRole('textbox', { name });
const field = (container: Element, name: string) =>
  container.querySelector(`[data-slot="field"][data-field="${name}"]`);

/**
 * The customer renames themself and changes their phone; meanwhile another writer changes
 * the phone and the currency. Then the customer saves: a real 409 from the mock.
 */
async function conflictAfterSave(props: ProfileFormProps = {}) {
  const kit = renderWithKit(<ProfileForm currencies={['EUR', 'CHF']} {...props} />);
  const { user, mock } = kit;
  const {
    labelFirstName = 'First name',
    labelContactPhone = 'Phone',
    save = 'Save changes',
  } = props.messages ?? {};
  const t = { firstName: labelFirstName, phone: labelContactPhone, save };
  await screen.findByRole('textbox', { name: t.phone });
  await user.clear(textbox(t.firstName));
  await user.type(textbox(t.firstName), 'Annabel');
  await user.clear(textbox(t.phone));
  await user.type(textbox(t.phone), '+1 111 1111');
  mock.setProfile(mockTokens.customer, (profile) => ({
    ...profile,
    contactPhone: '+2 222 2222',
    preferredCurrency: 'CHF',
  }));
  await user.click(screen.getByRole('button', { name: t.save }));
  await screen.findByRole('alert');
  return kit;
}

describe('ProfileForm: the conflict screen', () => {
  it('lists yours → theirs per field changed elsewhere, with focus on its heading', async () => {
    const { container, mock, patches } = await conflictAfterSave();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your profile was changed elsewhere while you were editing. Your changes are kept.',
    );
    const heading = screen.getByRole('heading', { name: 'Changed elsewhere' });
    await waitFor(() => expect(heading).toHaveFocus());

    const items = within(screen.getByRole('list', { name: 'Changed elsewhere' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Phone Yours: +1 111 1111 → Theirs: +2 222 2222',
      // Only the other writer changed it: "yours" is what the customer had.
      'Preferred currency Yours: Euro – EUR → Theirs: Swiss Franc – CHF',
    ]);
    const [phone, currency] = items as [HTMLElement, HTMLElement];
    expect(phone).toHaveAttribute('data-edited');
    expect(currency).not.toHaveAttribute('data-edited');
    // The replaced value is struck through and the new one emphasised, not by colour alone.
    expect(phone.querySelector('del')).toHaveTextContent('+1 111 1111');
    expect(phone.querySelector('strong')).toHaveTextContent('+2 222 2222');
    expect(getComputedStyle(phone.querySelector('del') as Element).textDecorationLine).toBe(
      'line-through',
    );

    // Nothing was overwritten, and the edits are still in the form.
    expect(patches()).toHaveLength(1);
    expect(mock.profileFor(mockTokens.customer)?.contactPhone).toBe('+2 222 2222');
    expect(textbox('First name')).toHaveValue('Annabel');
    expect(textbox('Phone')).toHaveValue('+1 111 1111');
    // The buttons follow the list, the primary choice first, then Save and Cancel.
    expect(
      within(container.querySelector('form') as HTMLElement)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Review and save mine again', 'Use theirs', 'Save changes', 'Cancel']);
    // One primary action: Save steps back while the choice is open.
    expect(container.querySelectorAll('[data-variant="primary"]')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveAttribute(
      'data-variant',
      'secondary',
    );
    await expectNoAxeViolations(container);
  });

  it('with the keyboard: Review and save mine again puts the edits on the latest version, unsaved', async () => {
    const { container, user, mock, patches } = await conflictAfterSave();
    await waitFor(() => expect(screen.getByRole('heading')).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Review and save mine again' })).toHaveFocus();
    await user.keyboard('{Enter}');

    // Back to editing, nothing sent: the customer reviews the highlighted fields first.
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your changes are now on the latest version. Check the highlighted fields, then save.',
    );
    expect(patches()).toHaveLength(1);
    expect(textbox('Phone')).toHaveFocus();
    expect(textbox('Phone')).toHaveValue('+1 111 1111');
    expect(screen.getByRole('combobox', { name: 'Preferred currency' })).toHaveValue('CHF');
    expect(field(container, 'contactPhone')).toHaveAttribute('data-conflict', 'yours');
    expect(field(container, 'preferredCurrency')).toHaveAttribute('data-conflict', 'theirs');
    expect(field(container, 'firstName')).not.toHaveAttribute('data-conflict');
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    // Highlighted so a sighted customer sees it, not only in the DOM.
    const highlighted = getComputedStyle(field(container, 'contactPhone') as Element);
    const plain = getComputedStyle(field(container, 'firstName') as Element);
    expect(highlighted.backgroundColor).not.toBe(plain.backgroundColor);
    expect(highlighted.borderInlineStartWidth).not.toBe(plain.borderInlineStartWidth);
    await expectNoAxeViolations(container);

    await user.keyboard('{Enter}');
    await screen.findByText('Your profile has been saved.');
    expect(patches().at(-1)).toEqual({
      firstName: 'Annabel',
      contactPhone: '+1 111 1111',
      metadata: { version: 2 },
    });
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Annabel',
      contactPhone: '+1 111 1111',
      preferredCurrency: 'CHF',
      metadata: { version: 3 },
    });
    expect(container.querySelector('[data-conflict]')).toBeNull();
  });

  it('Use theirs drops the edits both changed, keeps the others, and saves only those', async () => {
    const { container, user, mock, patches } = await conflictAfterSave();
    await waitFor(() => expect(screen.getByRole('heading')).toHaveFocus());
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use theirs' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The highlighted fields now show the latest values. Your other changes are kept until you save.',
    );
    expect(patches()).toHaveLength(1);
    expect(textbox('Phone')).toHaveFocus();
    expect(textbox('Phone')).toHaveValue('+2 222 2222');
    expect(textbox('First name')).toHaveValue('Annabel');
    expect(field(container, 'contactPhone')).toHaveAttribute('data-conflict', 'theirs');
    expect(field(container, 'preferredCurrency')).toHaveAttribute('data-conflict', 'theirs');

    await user.keyboard('{Enter}');
    await screen.findByText('Your profile has been saved.');
    expect(patches().at(-1)).toEqual({ firstName: 'Annabel', metadata: { version: 2 } });
    expect(mock.profileFor(mockTokens.customer)).toMatchObject({
      firstName: 'Annabel',
      contactPhone: '+2 222 2222',
      preferredCurrency: 'CHF',
    });
  });

  it('after Use theirs on the only edit, has nothing left to save', async () => {
    const { user, mock, patches } = renderWithKit(<ProfileForm />);
    await user.clear(await screen.findByRole('textbox', { name: 'Phone' }));
    await user.type(textbox('Phone'), '+1 111 1111');
    mock.setProfile(mockTokens.customer, (profile) => ({ ...profile, contactPhone: '+2 222' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await user.click(await screen.findByRole('button', { name: 'Use theirs' }));
    expect(textbox('Phone')).toHaveValue('+2 222');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('There are no changes to save.'),
    );
    expect(patches()).toHaveLength(1);
  });

  it('speaks German and fits 320 px without scrolling sideways', async () => {
    await page.viewport(320, 800);
    try {
      const { container } = await conflictAfterSave({ locale: 'de', messages: de });
      expect(screen.getByRole('heading', { name: 'An anderer Stelle geändert' })).toBeVisible();
      const [phone] = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(phone).toHaveTextContent('Telefon Ihr Wert: +1 111 1111 → Neuer Wert: +2 222 2222');
      expect(
        screen.getByRole('button', { name: 'Meine Werte prüfen und erneut speichern' }),
      ).toBeVisible();
      const root = document.documentElement;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      const form = container.querySelector('form') as HTMLElement;
      expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
      await expectNoAxeViolations(container);

      screen.getByRole('button', { name: 'Neue Werte übernehmen' }).click();
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Die markierten Felder zeigen jetzt die neuesten Werte.',
        ),
      );
    } finally {
      await page.viewport(414, 896);
    }
  });
});
