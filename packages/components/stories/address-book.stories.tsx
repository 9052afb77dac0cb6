import { mockProfiles, mockTokens } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { AddressBook, enAddressMessages } from '../src/addresses.js';
import { deAddressMessages } from '../src/locales/de.js';
import { whileOffline } from './while-offline.js';

const { defaultAddress: _none, ...anna } = mockProfiles.b2cCustomer;

const meta = {
  title: 'Components/AddressBook',
  component: AddressBook,
  tags: ['autodocs'],
  args: {
    // Its own texts, not the profile's: the toolbar's profile messages do not apply.
    messages: enAddressMessages,
    locale: 'en',
    siteCode: 'main',
  },
} satisfies Meta<typeof AddressBook>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Anna's two addresses, the default first, with their tags. */
export const List: Story = {
  play: async ({ canvas }) => {
    const cards = await canvas.findAllByRole('article');
    await expect(cards).toHaveLength(2);
    await expect(cards[0]).toHaveTextContent('Default address');
  },
};

/** No addresses yet. */
export const Empty: Story = {
  parameters: {
    profileKit: {
      mock: { customers: [{ token: mockTokens.customer, profile: { ...anna, addresses: [] } }] },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You have no saved addresses yet.')).toBeVisible();
  },
};

/** Loading, and it stays so: a skeleton of two cards. */
export const Loading: Story = {
  parameters: {
    profileKit: { timeoutMs: 600_000, setup: (api) => api.faults.latency('infinite') },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your addresses…')).toBeInTheDocument();
  },
};

/** The session has expired: the book says so and offers "Sign in again", not "Try again". */
export const SessionExpired: Story = {
  name: 'Session expired',
  args: { onSignIn: fn() },
  parameters: { profileKit: { token: mockTokens.expired } },
  play: async ({ canvas, userEvent, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(enAddressMessages.addressBookSessionExpired);
    await expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/** The list could not be read. */
export const LoadError: Story = {
  name: 'Load error',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(404, { method: 'GET' }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('could not be loaded');
  },
};

/** Offline: the list cannot load, and the book says so (it loads once the connection is back). */
export const Offline: Story = {
  beforeEach: whileOffline,
  parameters: {
    profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'GET', count: 10 }) },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      enAddressMessages.addressBookLoadOffline,
    );
  },
};

/** The add form open below the list, the site's countries offered. */
export const Adding: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add an address' }));
    await expect(await canvas.findByRole('region', { name: 'New address' })).toBeVisible();
  },
};

/** One address open in its form, in the card's place. */
export const Editing: Story = {
  play: async ({ canvas, userEvent }) => {
    const [, office] = await canvas.findAllByRole('article');
    await userEvent.click(within(office as HTMLElement).getByRole('button', { name: /^Edit/ }));
    await expect(await canvas.findByRole('region', { name: 'Edit address' })).toBeVisible();
  },
};

/** Saving a new address, and it stays so: its card says "Saving…". */
export const Saving: Story = {
  parameters: { profileKit: { timeoutMs: 600_000 } },
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add an address' }));
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Contact name' }), 'Eva Meier');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Street' }), 'Unter den Linden');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Postal code' }), '10117');
    await userEvent.type(canvas.getByRole('textbox', { name: 'City' }), 'Berlin');
    loadedKit(loaded).profileApi.faults.latency('infinite');
    await userEvent.click(canvas.getByRole('button', { name: 'Add address' }));
    await expect(await canvas.findByRole('article', { name: 'Eva Meier' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** A removed address, with Undo. */
export const Removed: Story = {
  play: async ({ canvas, userEvent }) => {
    const [, office] = await canvas.findAllByRole('article');
    await userEvent.click(within(office as HTMLElement).getByRole('button', { name: /^Remove/ }));
    await expect(await canvas.findByRole('button', { name: 'Undo' })).toBeVisible();
  },
};

/** The other address made the default: it moves to the top, one default shown. */
export const DefaultChanged: Story = {
  name: 'Default changed',
  play: async ({ canvas, userEvent }) => {
    const [, office] = await canvas.findAllByRole('article');
    await userEvent.click(
      within(office as HTMLElement).getByRole('button', { name: /^Make default/ }),
    );
    await waitFor(() =>
      expect(canvas.getAllByRole('article')[0]).toHaveTextContent('Friedrichstraße'),
    );
    await expect(canvas.getAllByText('Default address')).toHaveLength(1);
  },
};

/** A removal the server refuses: the card comes back, and the alert says why. */
export const ActionFailed: Story = {
  name: 'Action failed',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(500, { method: 'DELETE' }) } },
  play: async ({ canvas, userEvent }) => {
    const [, office] = await canvas.findAllByRole('article');
    await userEvent.click(within(office as HTMLElement).getByRole('button', { name: /^Remove/ }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That did not work');
  },
};

/** In German. */
export const German: Story = {
  args: { locale: 'de-DE', messages: deAddressMessages },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Adressen' })).toBeVisible();
  },
};
