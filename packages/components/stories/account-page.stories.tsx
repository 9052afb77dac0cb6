import { mockTokens } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { AccountPageDemo } from './account-page-demo.js';
import { patchBodies } from './patch-bodies.js';
import { storyMessages } from './story-messages.js';

const meta = {
  title: 'Compositions/Account page',
  component: AccountPageDemo,
  tags: ['autodocs'],
  args: { onSignIn: fn() },
  parameters: { profileKit: { token: mockTokens.customer } },
} satisfies Meta<typeof AccountPageDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page as a customer first sees it. */
export const Default: Story = {};

/** Edit opens the form, Save stores the change, and the card is back with the new value. */
export const EditSaveAndBack: Story = {
  name: 'Edit, save and back to the card',
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const { profileApi } = loadedKit(loaded);
    await userEvent.click(await canvas.findByRole('button', { name: t.edit }));

    const phone = await canvas.findByRole('textbox', { name: t.labelContactPhone });
    await expect(canvas.getByRole('combobox', { name: t.labelTitle })).toHaveFocus();
    await userEvent.clear(phone);
    await userEvent.type(phone, '+49 30 7654321');
    await userEvent.click(canvas.getByRole('button', { name: t.save }));

    const card = await canvas.findByRole('region', { name: /Anna Schmidt/ });
    await expect(within(card).getByText('+49 30 7654321')).toBeVisible();
    await expect(card).toHaveFocus();
    await expect(canvas.queryByRole('button', { name: t.save })).toBeNull();
    await expect(patchBodies(profileApi)).toEqual([
      { contactPhone: '+49 30 7654321', metadata: { version: 1 } },
    ]);
  },
};

/** Cancel throws the edits away and returns to the card as stored. */
export const EditThenCancel: Story = {
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    await userEvent.click(await canvas.findByRole('button', { name: t.edit }));
    const company = await canvas.findByRole('textbox', { name: t.labelCompany });
    await userEvent.type(company, 'Not saved GmbH');
    await userEvent.click(canvas.getByRole('button', { name: t.cancel }));

    const card = await canvas.findByRole('region', { name: /Anna Schmidt/ });
    await expect(card).not.toHaveTextContent('Not saved GmbH');
    await expect(card).toHaveFocus();
    await expect(patchBodies(loadedKit(loaded).profileApi)).toEqual([]);
  },
};

/** The whole page in the host brand theme. */
export const HostBrandTheme: Story = {
  globals: { theme: 'brand' },
};
