import { mockProfiles, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AddressBook, type AddressBookProps } from '../src/addresses.js';
import { deAddressMessages } from '../src/locales/de.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { type KitOptions, renderWithKit } from './render-with-kit.js';

const countries = ['DE', 'US', 'GB'];
const stored = (mock: ProfileApiMock) => mock.profileFor(mockTokens.customer)?.addresses ?? [];
const cards = () => screen.getAllByRole('article');
async function renderBook(props: AddressBookProps = {}, options: KitOptions = {}) {
  const kit = renderWithKit(<AddressBook countries={countries} {...props} />, options);
  await screen.findAllByRole('article');
  return kit;
}

describe('AddressBook', () => {
  it('lists the addresses, the default first, with tags', async () => {
    const { container } = await renderBook();
    expect(screen.getByRole('heading', { level: 2, name: 'Addresses' })).toBeInTheDocument();
    expect(cards()).toHaveLength(2);
    expect(cards()[0]).toHaveAttribute('data-default');
    expect(
      within(cards()[0] as HTMLElement).getByRole('list', { name: 'Used for' }),
    ).toHaveTextContent('BillingShipping');
    await expectNoAxeViolations(container);
  });

  it('shows a skeleton while loading, then the list', async () => {
    renderWithKit(<AddressBook countries={countries} />);
    expect(screen.getByText('Loading your addresses…')).toBeInTheDocument();
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });

  it('says so when the book is empty, and adds the first address', async () => {
    const { defaultAddress: _none, ...anna } = structuredClone(mockProfiles.b2cCustomer);
    const { user, container, mock } = renderWithKit(<AddressBook countries={countries} />, {
      customers: [{ token: mockTokens.customer, profile: { ...anna, addresses: [] } }],
    });
    expect(await screen.findByText('You have no saved addresses yet.')).toBeVisible();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Add an address' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact name' }), 'Eva Meier');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'GB');
    await user.type(screen.getByRole('textbox', { name: 'Street' }), 'Baker Street');
    await user.type(screen.getByRole('textbox', { name: 'Town or city' }), 'London');
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'NW1 6XE');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(stored(mock)[0]).toMatchObject({ country: 'GB', zipCode: 'NW1 6XE', city: 'London' });
  });

  it('adds an address and moves focus to its card', async () => {
    const { user, mock } = await renderBook();
    await user.click(screen.getByRole('button', { name: 'Add an address' }));
    const form = await screen.findByRole('region', { name: 'New address' });
    await user.type(within(form).getByRole('textbox', { name: 'Contact name' }), 'Eva Meier');
    await user.type(within(form).getByRole('textbox', { name: 'Street' }), 'Unter den Linden');
    await user.type(within(form).getByRole('textbox', { name: 'Postal code' }), '10117');
    await user.type(within(form).getByRole('textbox', { name: 'City' }), 'Berlin');
    await user.click(within(form).getByRole('button', { name: 'Add address' }));

    // The card shows at once ("Saving…"), and takes focus under the id the API gave it.
    await waitFor(() => expect(screen.getByRole('article', { name: 'Eva Meier' })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(
      'The address of Eva Meier has been added.',
    );
    expect(screen.queryByRole('region', { name: 'New address' })).toBeNull();
    expect(stored(mock)).toHaveLength(3);
  });

  it('edits an address in place and returns focus to its Edit button', async () => {
    const { user, mock } = await renderBook();
    const office = cards()[1] as HTMLElement;
    await user.click(within(office).getByRole('button', { name: 'Edit: address of Anna Schmidt' }));
    const form = await screen.findByRole('region', { name: 'Edit address' });
    await expectNoAxeViolations(document.body);
    const city = within(form).getByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Potsdam');
    await user.clear(within(form).getByRole('textbox', { name: 'Postal code' }));
    await user.type(within(form).getByRole('textbox', { name: 'Postal code' }), '14467');
    await user.click(within(form).getByRole('button', { name: 'Save address' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edit address' })).toBeNull());
    const edit = within(cards()[1] as HTMLElement).getByRole('button', { name: /^Edit/ });
    await waitFor(() => expect(edit).toHaveFocus());
    expect(cards()[1]).toHaveTextContent('14467 Potsdam');
    expect(stored(mock)[1]?.city).toBe('Potsdam');
    expect(screen.getByRole('status')).toHaveTextContent('has been saved');
  });

  it('keeps an open edit and what was typed when the address is removed elsewhere', async () => {
    const { user, mock, queryClient } = await renderBook();
    const office = cards()[1] as HTMLElement;
    const officeId = office.getAttribute('data-address-id');
    await user.click(within(office).getByRole('button', { name: 'Edit: address of Anna Schmidt' }));
    const form = await screen.findByRole('region', { name: 'Edit address' });
    const city = within(form).getByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Potsdam');

    // Another tab removes it; the book reads the list again (a refetch on focus, say).
    mock.setProfile(mockTokens.customer, (profile) => ({
      ...profile,
      addresses: (profile.addresses ?? []).filter((address) => address.id !== officeId),
    }));
    await queryClient.invalidateQueries();
    await waitFor(() => expect(cards()).toHaveLength(1));
    const still = screen.getByRole('region', { name: 'Edit address' });
    expect(within(still).getByRole('textbox', { name: 'City' })).toHaveValue('Potsdam');

    await user.click(within(still).getByRole('button', { name: 'Save address' }));
    expect(await within(still).findByRole('alert')).toHaveTextContent(
      'This address was removed elsewhere.',
    );
    expect(within(still).getByRole('textbox', { name: 'City' })).toHaveValue('Potsdam');

    // Closed, the form goes with the address; focus goes to the book's heading.
    await user.click(within(still).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Addresses' })).toHaveFocus());
    expect(cards()).toHaveLength(1);
  });

  it('returns focus to the button that opened a form on Cancel', async () => {
    const { user } = await renderBook();
    await user.click(screen.getByRole('button', { name: 'Add an address' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Add an address' })).toHaveFocus(),
    );
    const office = cards()[1] as HTMLElement;
    await user.click(within(office).getByRole('button', { name: /^Edit/ }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(
        within(cards()[1] as HTMLElement).getByRole('button', { name: /^Edit/ }),
      ).toHaveFocus(),
    );
  });

  it('makes another address the default, and never shows two', async () => {
    const { user, mock } = await renderBook();
    const office = cards()[1] as HTMLElement;
    const officeId = stored(mock)[1]?.id;
    await user.click(
      within(office).getByRole('button', { name: 'Make default: address of Anna Schmidt' }),
    );
    await waitFor(() => expect(cards()[0]).toHaveTextContent('Friedrichstraße 68'));
    expect(cards().filter((card) => card.hasAttribute('data-default'))).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('is now your default address'),
    );
    await waitFor(() =>
      expect(
        stored(mock)
          .filter((address) => address.isDefault)
          .map((address) => address.id),
      ).toEqual([officeId]),
    );
  });

  it('removes an address, focuses the heading, and Undo brings it back', async () => {
    const { user, mock } = await renderBook();
    const office = cards()[1] as HTMLElement;
    await user.click(
      within(office).getByRole('button', { name: 'Remove: address of Anna Schmidt' }),
    );
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'Addresses' })).toHaveFocus();
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('has been removed'));
    await waitFor(() => expect(stored(mock)).toHaveLength(1));

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cards()).toHaveLength(2));
    await waitFor(() => expect(stored(mock)).toHaveLength(2));
    const restored = stored(mock)[1];
    expect(restored).toMatchObject({
      street: 'Friedrichstraße',
      zipCode: '10117',
      tags: ['SHIPPING'],
    });
    await waitFor(() => expect(cards()[1]).toHaveFocus());
  });

  it('works with the keyboard alone: add, make default, remove and undo', async () => {
    const { user, mock } = await renderBook();
    // What a screen reader would call the focused element, near enough for these controls.
    const focusedName = () => {
      const active = document.activeElement as HTMLInputElement | null;
      return (
        active?.getAttribute('aria-label') ??
        active?.labels?.[0]?.textContent ??
        active?.textContent ??
        ''
      );
    };
    /** Presses Tab, as a customer does, until the focused control's name starts with `name`. */
    const tabTo = async (name: string) => {
      for (let presses = 0; !focusedName().startsWith(name); presses++) {
        if (presses === 40) throw new Error(`Tab never reached "${name}"`);
        await user.tab();
      }
    };
    await tabTo('Add an address');
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'New address' });
    await tabTo('Contact name');
    await user.keyboard('Eva Meier');
    await tabTo('Street'); // Germany, the first country offered, is already chosen
    await user.keyboard('Unter den Linden');
    await tabTo('Postal code');
    await user.keyboard('10117');
    await tabTo('City');
    await user.keyboard('Berlin{Enter}');
    // Focus on the new card (read again: the pending card is replaced once the id is known).
    await waitFor(() => expect(screen.getByRole('article', { name: 'Eva Meier' })).toHaveFocus());
    expect(stored(mock).some((address) => address.contactName === 'Eva Meier')).toBe(true);

    await tabTo('Make default: address of Eva Meier');
    await user.keyboard(' ');
    await waitFor(() => expect(cards()[0]).toHaveTextContent('Eva Meier'));
    await waitFor(() =>
      expect(stored(mock).find((address) => address.isDefault)?.contactName).toBe('Eva Meier'),
    );

    await tabTo('Remove: address of Eva Meier');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Addresses' })).toHaveFocus());
    await tabTo('Undo');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('article', { name: 'Eva Meier' })).toHaveFocus());
    await waitFor(() => expect(stored(mock)).toHaveLength(3));
  });

  it('puts a removed address back when the DELETE fails, and says why', async () => {
    const { user } = await renderBook(
      {},
      { before: (mock) => mock.faults.failNext(500, { method: 'DELETE' }) },
    );
    await user.click(within(cards()[1] as HTMLElement).getByRole('button', { name: /^Remove/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work');
    await waitFor(() => expect(cards()).toHaveLength(2));
  });

  it('shows a load error with Try again', async () => {
    const { user } = renderWithKit(<AddressBook countries={countries} />, {
      before: (mock) => mock.faults.failNext(404, { method: 'GET' }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your addresses could not be loaded',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });

  it('offers "Sign in again", not "Try again", when the session has expired', async () => {
    const onSignIn = vi.fn();
    const { user } = renderWithKit(<AddressBook countries={countries} onSignIn={onSignIn} />, {
      before: (mock) => mock.expireToken(mockTokens.customer),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Your session has expired. Sign in again to change your addresses.',
    );
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('keeps an edit when the session expires on save, and offers "Sign in again"', async () => {
    const onSignIn = vi.fn();
    const { user, mock } = await renderBook({ onSignIn });
    const office = cards()[1] as HTMLElement;
    await user.click(within(office).getByRole('button', { name: 'Edit: address of Anna Schmidt' }));
    const form = await screen.findByRole('region', { name: 'Edit address' });
    const city = within(form).getByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Potsdam');
    mock.expireToken(mockTokens.customer);
    await user.click(within(form).getByRole('button', { name: 'Save address' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired.');
    expect(city).toHaveValue('Potsdam');
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('in German', async () => {
    await renderBook({ locale: 'de-DE', messages: deAddressMessages });
    expect(screen.getByRole('heading', { name: 'Adressen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Adresse hinzufügen' })).toBeInTheDocument();
    expect(cards()[0]).toHaveTextContent('Deutschland');
  });
});
