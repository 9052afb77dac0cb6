import type { CustomerAddress } from '@profile-kit/hooks';
import { mockProfiles } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { AddressCard, enAddressMessages } from '../src/addresses.js';
import { deAddressMessages } from '../src/locales/de.js';

const [home, office] = (mockProfiles.b2cCustomer.addresses ?? []) as CustomerAddress[];

const meta = {
  title: 'Components/AddressCard',
  component: AddressCard,
  tags: ['autodocs'],
  args: {
    address: home as CustomerAddress,
    // Its own texts, not the profile's: the toolbar's profile messages do not apply.
    messages: enAddressMessages,
    locale: 'en',
    onEdit: fn(),
    onSetDefault: fn(),
    onRemove: fn(),
  },
} satisfies Meta<typeof AddressCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default address: badge, tags by name, no "Make default". */
export const DefaultAddress: Story = {
  name: 'Default address',
  play: async ({ canvas }) => {
    const card = canvas.getByRole('article', { name: 'Anna Schmidt' });
    await expect(card).toHaveTextContent('Default address');
    await expect(canvas.queryByRole('button', { name: /Make default/ })).toBeNull();
  },
};

/** Another address, with every action. */
export const WithActions: Story = {
  name: 'Other address with actions',
  args: { address: office as CustomerAddress },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(
      canvas.getByRole('button', { name: 'Make default: address of Anna Schmidt' }),
    );
    await expect(args.onSetDefault).toHaveBeenCalledWith(office);
  },
};

/** A US address: number before street, "City, ST ZIP". */
export const UnitedStates: Story = {
  name: 'US address',
  args: { address: mockProfiles.otherCustomer.addresses?.[0] as CustomerAddress },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article')).toHaveTextContent('New York, NY 10118');
  },
};

/** While it is being added: "Saving…", busy, no actions. */
export const BeingAdded: Story = {
  name: 'Being added',
  args: { address: { id: 'pending:1', contactName: 'Eva Meier', city: 'Zürich', country: 'CH' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** In German, with the German texts and country names. */
export const German: Story = {
  args: { address: office as CustomerAddress, locale: 'de-DE', messages: deAddressMessages },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article')).toHaveTextContent('Deutschland');
    await expect(
      canvas.getByRole('button', { name: 'Entfernen: Adresse von Anna Schmidt' }),
    ).toBeVisible();
  },
};
