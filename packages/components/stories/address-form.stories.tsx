import type { CustomerAddress } from '@profile-kit/hooks';
import { mockProfiles, type ProfileApiMock } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { AddressForm, enAddressMessages } from '../src/addresses.js';
import { deAddressMessages } from '../src/locales/de.js';
import { whileOffline } from './while-offline.js';

const office = mockProfiles.b2cCustomer.addresses?.[1] as CustomerAddress;

const meta = {
  title: 'Components/AddressForm',
  component: AddressForm,
  tags: ['autodocs'],
  args: {
    // Its own texts, not the profile's: the toolbar's profile messages do not apply.
    messages: enAddressMessages,
    locale: 'en',
    countries: ['DE', 'AT', 'CH', 'FR', 'GB', 'US', 'JP', 'IE'],
    onSaved: fn(),
    onCancel: fn(),
  },
} satisfies Meta<typeof AddressForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new address: the first country offered is picked, its fields in its order. */
export const Adding: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: 'Country' })).toHaveValue('DE');
    await expect(canvas.getByRole('textbox', { name: 'Postal code' })).toBeVisible();
  },
};

/** Editing an address: only the changed fields are sent (PATCH). */
export const Editing: Story = {
  args: { address: office },
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { profileApi } = loadedKit(loaded);
    const city = canvas.getByRole('textbox', { name: 'City' });
    await userEvent.clear(city);
    await userEvent.type(city, 'Potsdam');
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Postal code' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Postal code' }), '14467');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalledOnce());
    const patch = profileApi.requests.find((request) => request.method === 'PATCH');
    await expect(patch?.body).toEqual({ zipCode: '14467', city: 'Potsdam' });
  },
};

/** A US address: city, state and ZIP code, in that order. */
export const UnitedStates: Story = {
  name: 'US address',
  args: { address: mockProfiles.otherCustomer.addresses?.[0] as CustomerAddress },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('10118');
  },
};

/** Japan: postal code first, then prefecture and city. */
export const Japan: Story = {
  args: { countries: ['JP'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Prefecture' })).toBeVisible();
  },
};

/** Field errors: no contact name, a postal code that does not fit Germany; nothing sent. */
export const FieldErrors: Story = {
  name: 'Field errors',
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Postal code' }), '1011');
    await userEvent.click(canvas.getByRole('button', { name: 'Add address' }));
    await expect(await canvas.findByText('Enter a contact name.')).toBeVisible();
    await expect(canvas.getByText('Enter a postal code like 10117.')).toBeVisible();
  },
};

/** The API's 400 for the next PATCH, refusing one field (`details[].field`). */
const refusing = (field: string) => (api: ProfileApiMock) =>
  api.faults.failNext(400, {
    method: 'PATCH',
    body: {
      status: 400,
      message: 'Invalid address',
      details: [{ field, type: 'invalid_value', message: 'Not accepted' }],
    },
  });

/** The API refuses a field: its `details[].field` error lands on that field. */
export const ServerFieldError: Story = {
  name: 'Server field error',
  args: { address: office },
  parameters: { profileKit: { setup: refusing('city') } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.clear(canvas.getByRole('textbox', { name: 'City' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'City' }), 'Atlantis');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    await expect(await canvas.findByText('This value is not valid.')).toBeVisible();
  },
};

const home = mockProfiles.b2cCustomer.addresses?.[0] as CustomerAddress;

/**
 * The API refuses a field the country does not use (a stored `state` on a German address):
 * the form shows it, with its value and the error, so the customer can fix it.
 */
export const ServerErrorOnHiddenField: Story = {
  name: 'Server error on a field the country does not use',
  args: { address: home },
  parameters: { profileKit: { setup: refusing('state') } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'City' }), ' Mitte');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    const state = await canvas.findByRole('textbox', { name: /State or region/ });
    await expect(state).toHaveValue('Berlin');
    await waitFor(() => expect(state).toHaveFocus());
  },
};

/** Saving, and it stays so: the API never answers. */
export const Saving: Story = {
  args: { address: office },
  parameters: {
    profileKit: { timeoutMs: 600_000, setup: (api) => api.faults.latency('infinite') },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Company' }), ' GmbH');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toBeVisible();
  },
};

/** A server error: the message says the changes are kept, and they are. */
export const ServerError: Story = {
  name: 'Server error',
  args: { address: office },
  parameters: { profileKit: { setup: (api) => api.faults.failNext(500, { method: 'PATCH' }) } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.clear(canvas.getByRole('textbox', { name: 'City' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'City' }), 'Potsdam');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your changes are kept');
    await expect(canvas.getByRole('textbox', { name: 'City' })).toHaveValue('Potsdam');
  },
};

/** Offline: the save fails at once, says so, and keeps the edits. */
export const Offline: Story = {
  args: { address: office },
  beforeEach: whileOffline,
  parameters: { profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'PATCH' }) } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'City' }), '-Mitte');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are offline.');
  },
};

/** In German, with the country names in German. */
export const German: Story = {
  args: { locale: 'de-DE', messages: deAddressMessages, address: office },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: 'Land' })).toHaveDisplayValue('Deutschland');
  },
};
