import type { CustomerAddress } from '@profile-kit/hooks';
import { mockProfiles, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddressForm, type AddressFormProps } from '../src/addresses.js';
import { deAddressMessages } from '../src/locales/de.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { type KitOptions, renderWithKit } from './render-with-kit.js';

const office = mockProfiles.b2cCustomer.addresses?.[1] as CustomerAddress;
const textbox = (name: string | RegExp) => screen.getByRole('textbox', { name });
const countries = ['DE', 'US', 'GB', 'CH', 'FR', 'JP', 'IE'];

function renderForm(props: AddressFormProps = {}, options: KitOptions = {}) {
  return renderWithKit(<AddressForm countries={countries} {...props} />, options);
}

const requests = (mock: ProfileApiMock, method: string) =>
  mock.requests.filter(
    (request) => request.method === method && request.path.includes('/addresses'),
  );
const stored = (mock: ProfileApiMock) => mock.profileFor(mockTokens.customer)?.addresses ?? [];

/** The API's 400 for the next PATCH, refusing one field (`details[].field`). */
const refusing = (field: string) => (mock: ProfileApiMock) =>
  mock.faults.failNext(400, {
    method: 'PATCH',
    body: {
      status: 400,
      type: 'validation',
      message: 'Invalid address',
      details: [{ field, type: 'invalid_value', message: 'Not accepted' }],
    },
  });

afterEach(() => onlineManager.setOnline(true));

describe('AddressForm: adding', () => {
  it('adds a German address with its tags, fields in the German order', async () => {
    const onSaved = vi.fn();
    const { user, mock, container } = renderForm({ onSaved });
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('DE');
    const labels = [...container.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels.slice(0, 8)).toEqual([
      'Contact name',
      'Company (optional)',
      'Country',
      'Street',
      'House number (optional)',
      'Apartment, suite, floor (optional)',
      'Postal code',
      'City',
    ]);
    await user.type(textbox('Contact name'), 'Eva Meier');
    await user.type(textbox('Street'), 'Unter den Linden');
    await user.type(textbox('House number'), '77');
    await user.type(textbox('Postal code'), '10117');
    await user.type(textbox('City'), 'Berlin');
    await user.click(screen.getByRole('checkbox', { name: 'Shipping' }));
    await user.click(screen.getByRole('button', { name: 'Add address' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(requests(mock, 'POST')[0]?.body).toEqual({
      contactName: 'Eva Meier',
      country: 'DE',
      street: 'Unter den Linden',
      streetNumber: '77',
      zipCode: '10117',
      city: 'Berlin',
      tags: ['SHIPPING'],
    });
    expect(stored(mock).some((address) => address.contactName === 'Eva Meier')).toBe(true);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('The address has been saved.'),
    );
    await expectNoAxeViolations(container);
  });

  it('requires a contact name and sends nothing without it', async () => {
    const { user, mock } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    const name = textbox('Contact name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Enter a contact name.');
    expect(name).toHaveFocus();
    expect(requests(mock, 'POST')).toHaveLength(0);
  });

  it('refuses a German postal code of four digits, and a US ZIP code of four', async () => {
    const { user, mock } = renderForm();
    await user.type(textbox('Contact name'), 'Eva Meier');
    await user.type(textbox('Street'), 'Unter den Linden');
    await user.type(textbox('Postal code'), '1011');
    await user.type(textbox('City'), 'Berlin');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(await screen.findByText('Enter a postal code like 10117.')).toBeVisible();
    expect(textbox('Postal code')).toHaveAccessibleDescription('Enter a postal code like 10117.');
    await expectNoAxeViolations(document.body);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'US');
    // The US order: city, state, ZIP code; the typed values stay.
    expect(textbox('ZIP code')).toHaveValue('1011');
    await user.type(textbox('State or region'), 'NY');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(await screen.findByText('Enter a postal code like 10118.')).toBeVisible();
    expect(requests(mock, 'POST')).toHaveLength(0);
  });

  it('asks for the prefecture in Japan, postal code first', async () => {
    const { user, container } = renderForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'JP');
    const labels = [...container.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels.slice(3, 7)).toEqual(['Postal code', 'Prefecture', 'City', 'Street']);
  });

  it('asks for a UK address town, county (optional), postcode, and takes a BFPO number', async () => {
    const onSaved = vi.fn();
    const { user, mock, container } = renderForm({ onSaved });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'GB');
    const labels = [...container.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels.slice(3, 9)).toEqual([
      'House number (optional)',
      'Street',
      'Apartment, suite, floor (optional)',
      'Town or city',
      'County (optional)',
      'Postcode',
    ]);
    await user.type(textbox('Contact name'), 'Sgt. Tom Hale');
    await user.type(textbox('Street'), 'Unit 12');
    await user.type(textbox('Town or city'), 'London');
    await user.type(textbox('Postcode'), 'BFPO 61');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(requests(mock, 'POST')[0]?.body).toMatchObject({ country: 'GB', zipCode: 'BFPO 61' });
  });

  it('saves an address in a country without rules (Ireland, no Eircode)', async () => {
    const onSaved = vi.fn();
    const { user, mock } = renderForm({ onSaved });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'IE');
    await user.type(textbox('Contact name'), 'Siobhán Kelly');
    await user.type(textbox(/^Street/), 'Main Street');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(requests(mock, 'POST')[0]?.body).toEqual({
      contactName: 'Siobhán Kelly',
      country: 'IE',
      street: 'Main Street',
    });
  });

  it('takes a typed country code without a list, in capitals', async () => {
    const onSaved = vi.fn();
    const { user, mock } = renderWithKit(<AddressForm onSaved={onSaved} />);
    const country = textbox('Country');
    expect(country).toHaveAccessibleDescription('A two-letter country code, like DE.');
    await user.type(textbox('Contact name'), 'Eva Meier');
    await user.type(country, 'ZZ');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await waitFor(() => expect(country).toHaveAttribute('aria-invalid', 'true'));
    expect(requests(mock, 'POST')).toHaveLength(0);
    await user.clear(country);
    await user.type(country, 'ie');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(requests(mock, 'POST')[0]?.body).toEqual({ contactName: 'Eva Meier', country: 'IE' });
  });

  it('names the countries in German, sorted', async () => {
    renderForm({ locale: 'de-DE', messages: deAddressMessages, countries: ['US', 'DE', 'CH'] });
    const options = within(screen.getByRole('combobox', { name: 'Land' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Deutschland',
      'Schweiz',
      'Vereinigte Staaten',
    ]);
  });
});

describe('AddressForm: editing', () => {
  it('sends only the changed fields with PATCH', async () => {
    const onSaved = vi.fn();
    const { user, mock } = renderForm({ address: office, onSaved });
    const city = textbox('City');
    expect(city).toHaveValue('Berlin');
    await user.clear(city);
    await user.type(city, 'Potsdam');
    await user.clear(textbox('Postal code'));
    await user.type(textbox('Postal code'), '14467');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(requests(mock, 'PATCH').map((request) => request.body)).toEqual([
      { zipCode: '14467', city: 'Potsdam' },
    ]);
  });

  it('puts a server field error on its field', async () => {
    const { user } = renderForm({ address: office }, { before: refusing('city') });
    await user.clear(textbox('City'));
    await user.type(textbox('City'), 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    const city = textbox('City');
    await waitFor(() => expect(city).toHaveAttribute('aria-invalid', 'true'));
    expect(city).toHaveAccessibleDescription('This value is not valid.');
    expect(city).toHaveValue('Atlantis');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields');
  });

  it('shows a field the country does not use when the API refuses it, and saves it fixed', async () => {
    const home = mockProfiles.b2cCustomer.addresses?.[0] as CustomerAddress;
    expect(home).toMatchObject({ country: 'DE', state: 'Berlin' });
    const onSaved = vi.fn();
    const { user, mock } = renderForm({ address: home, onSaved }, { before: refusing('state') });
    // German addresses have no state: the form does not ask for one.
    expect(screen.queryByRole('textbox', { name: /State/ })).toBeNull();
    await user.clear(textbox('City'));
    await user.type(textbox('City'), 'Potsdam');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    // The API refused the stored state: the field appears, with its value and the error.
    const state = await screen.findByRole('textbox', { name: /State or region/ });
    expect(state).toHaveValue('Berlin');
    expect(state).toHaveAttribute('aria-invalid', 'true');
    expect(state).toHaveAccessibleDescription('This value is not valid.');
    await waitFor(() => expect(state).toHaveFocus());
    expect(textbox('City')).toHaveValue('Potsdam');

    await user.clear(state);
    await user.type(state, 'Brandenburg');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(requests(mock, 'PATCH').map((request) => request.body)).toEqual([
      { city: 'Potsdam' },
      { city: 'Potsdam', state: 'Brandenburg' },
    ]);
  });

  it('says so when the API refuses a detail the form has no field for', async () => {
    const { user } = renderForm({ address: office }, { before: refusing('extraLine1') });
    await user.clear(textbox('City'));
    await user.type(textbox('City'), 'Potsdam');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The address was not accepted as it is. Please contact us.');
    expect(alert).not.toHaveTextContent('highlighted');
    expect(textbox('City')).toHaveValue('Potsdam');
  });

  it('keeps the edits after a server error, and saves them on the next try', async () => {
    const onSaved = vi.fn();
    const { user, mock } = renderForm(
      { address: office, onSaved },
      { before: (mock) => mock.faults.failNext(500, { method: 'PATCH' }) },
    );
    await user.clear(textbox('City'));
    await user.type(textbox('City'), 'Potsdam');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The address could not be saved right now. Your changes are kept',
    );
    expect(textbox('City')).toHaveValue('Potsdam');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(stored(mock).find((address) => address.id === office.id)?.city).toBe('Potsdam');
  });

  it('keeps the edits offline, and says so', async () => {
    const { user } = renderForm(
      { address: office },
      { before: (mock) => mock.faults.networkErrorNext({ method: 'PATCH' }) },
    );
    await user.clear(textbox('City'));
    await user.type(textbox('City'), 'Potsdam');
    onlineManager.setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are offline.');
    expect(textbox('City')).toHaveValue('Potsdam');
  });

  it('stays busy while saving', async () => {
    const { user, container } = renderForm(
      { address: office },
      { before: (mock) => mock.faults.latency('infinite') },
    );
    await user.clear(textbox('City'));
    await user.type(textbox('City'), 'Potsdam');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    expect(await screen.findByRole('button', { name: 'Saving…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(container.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
  });
});
