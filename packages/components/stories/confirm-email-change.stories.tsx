import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { mockPasswords, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useEffect, useState } from 'react';
import { expect, fn } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { ConfirmEmailChange, enAccountMessages } from '../src/account.js';

/**
 * Anna asks for the change (as `ChangeEmailForm` does) before the story renders the page
 * her mail link opens; `expire` makes the link's token expire first.
 */
async function mailedToken(api: ProfileApiMock, expire: boolean): Promise<string> {
  await api.fetch(`${api.baseUrl}/customer/${api.tenant}/me/accounts/internal/email/change`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${mockTokens.customer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: 'anna.schmidt@example.com',
      password: mockPasswords.customer,
      newEmail: 'anna@example.org',
    }),
  });
  const token = api.emailChangeToken(mockTokens.customer) ?? '';
  if (expire) api.expireEmailChangeToken(token);
  return token;
}

function WithMailedToken(props: {
  api: ProfileApiMock;
  expire: boolean;
  children: (token: string) => ReactNode;
}) {
  const { api, expire, children } = props;
  const [token, setToken] = useState<string>();
  useEffect(() => {
    void mailedToken(api, expire).then(setToken);
  }, [api, expire]);
  return token === undefined ? null : children(token);
}

const meta = {
  title: 'Components/ConfirmEmailChange',
  component: ConfirmEmailChange,
  tags: ['autodocs'],
  args: {
    token: 'not-a-token',
    // Its own texts, not the profile's: the toolbar's profile messages do not apply.
    messages: enAccountMessages,
    locale: 'en',
    onConfirmed: fn(),
    onContinue: fn(),
    onSignIn: fn(),
  },
  // The page the mail link opens, in a browser nobody is signed in on: the anonymous token.
  parameters: { profileKit: { token: mockTokens.anonymous, session: 'visitor' } },
} satisfies Meta<typeof ConfirmEmailChange>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A link just asked for: confirmed, the sign-in email changed. */
export const Confirmed: Story = {
  render: (args, { loaded }) => (
    <WithMailedToken api={loadedKit(loaded).profileApi} expire={false}>
      {(token) => <ConfirmEmailChange {...args} token={token} />}
    </WithMailedToken>
  ),
  play: async ({ canvas, args, loaded }) => {
    await expect(await canvas.findByText(enAccountMessages.confirmed)).toBeVisible();
    await expect(args.onConfirmed).toHaveBeenCalledOnce();
    const stored = loadedKit(loaded).profileApi.profileFor(mockTokens.customer);
    await expect(stored?.accounts).toEqual([{ id: 'anna@example.org' }]);
  },
};

/** Confirming, and it stays so: the API does not answer. */
export const Confirming: Story = {
  parameters: {
    profileKit: { timeoutMs: 600_000, setup: (api) => api.faults.latency('infinite') },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(enAccountMessages.confirming)).toBeVisible();
  },
};

/** An expired link: what to do next, and Sign in. */
export const TokenExpired: Story = {
  name: 'Token expired',
  render: (args, { loaded }) => (
    <WithMailedToken api={loadedKit(loaded).profileApi} expire>
      {(token) => <ConfirmEmailChange {...args} token={token} />}
    </WithMailedToken>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      enAccountMessages.tokenExpired,
    );
  },
};

/** A used, replaced or unknown link: what to do next, and Sign in. */
export const TokenInvalid: Story = {
  name: 'Token invalid',
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      enAccountMessages.tokenInvalid,
    );
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeVisible();
  },
};

/** A server failure: Try again with the same link. */
export const ServerError: Story = {
  name: 'Server error',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(503, { method: 'POST' }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      enAccountMessages.failedServer,
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** In German, an invalid link. */
export const German: Story = {
  args: { locale: 'de-DE', messages: deAccountMessages },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      deAccountMessages.tokenInvalid,
    );
  },
};
