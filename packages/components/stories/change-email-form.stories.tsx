import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { mockPasswords, mockTokens } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { ChangeEmailForm, enAccountMessages } from '../src/account.js';
import { whileOffline } from './while-offline.js';

const password = mockPasswords.customer;
const newEmail = 'anna@example.org';

const meta = {
  title: 'Components/ChangeEmailForm',
  component: ChangeEmailForm,
  tags: ['autodocs'],
  args: {
    // Its own texts, not the profile's: the toolbar's profile messages do not apply.
    messages: enAccountMessages,
    locale: 'en',
    onEmailChangeRequested: fn(),
    onSessionExpired: fn(),
    onSignIn: fn(),
  },
  parameters: { profileKit: { token: mockTokens.customer } },
} satisfies Meta<typeof ChangeEmailForm>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];
type User = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** Types the new address and the password and submits, once the form knows the sign-in email. */
async function askFor(
  canvas: Canvas,
  userEvent: User,
  values: { newEmail: string; password: string } = { newEmail, password },
) {
  await canvas.findByText(/^You sign in with/);
  await userEvent.type(canvas.getByRole('textbox', { name: 'New email address' }), values.newEmail);
  await userEvent.type(canvas.getByLabelText('Password', { selector: 'input' }), values.password);
  await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
}

/** Names the email the customer signs in with now. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('You sign in with anna.schmidt@example.com.'),
    ).toBeVisible();
  },
};

/** While the sign-in email is read (it stays so here): busy, the button does nothing. */
export const LoadingEmail: Story = {
  name: 'Reading the sign-in email',
  parameters: {
    profileKit: { timeoutMs: 600_000, setup: (api) => api.faults.latency('infinite') },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(enAccountMessages.loading)).toBeVisible();
  },
};

/** Not an email address, and no password: on their fields, nothing sent. */
export const ValidationErrors: Story = {
  name: 'Invalid address, no password',
  play: async ({ canvas, userEvent, loaded }) => {
    await canvas.findByText(/^You sign in with/);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New email address' }), 'anna');
    await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'New email address' })).toHaveFocus(),
    );
    await expect(
      canvas.getByLabelText('Password', { selector: 'input' }),
    ).toHaveAccessibleDescription(enAccountMessages.errorPasswordRequired);
    const posts = loadedKit(loaded).profileApi.requests.filter((r) => r.method === 'POST');
    await expect(posts).toEqual([]);
  },
};

/** The password is wrong: said on that field; the new address stays. */
export const WrongPassword: Story = {
  name: 'Wrong password',
  play: async ({ canvas, userEvent }) => {
    await askFor(canvas, userEvent, { newEmail, password: 'wrong-password' });
    await waitFor(() =>
      expect(canvas.getByLabelText('Password', { selector: 'input' })).toHaveAccessibleDescription(
        enAccountMessages.errorWrongPassword,
      ),
    );
  },
};

/** Sending, and it stays so: the API does not answer the POST. */
export const Sending: Story = {
  parameters: { profileKit: { timeoutMs: 600_000 } },
  play: async ({ canvas, userEvent, loaded }) => {
    await canvas.findByText(/^You sign in with/);
    loadedKit(loaded).profileApi.faults.latency('infinite');
    await askFor(canvas, userEvent);
    await expect(await canvas.findByText(enAccountMessages.sendingEmail)).toBeVisible();
  },
};

/** Sent: "check your inbox", naming the new address. */
export const Sent: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await askFor(canvas, userEvent);
    await expect(
      await canvas.findByText(
        `Check your inbox: we sent a link to ${newEmail}. Your email changes once you open it.`,
      ),
    ).toBeVisible();
    await expect(args.onEmailChangeRequested).toHaveBeenCalledWith(newEmail);
  },
};

/** 429 with `Retry-After: 30`: when to try again. */
export const RateLimited: Story = {
  name: 'Rate limited (429)',
  parameters: {
    profileKit: {
      setup: (api) =>
        api.faults.failNext(429, { method: 'POST', headers: { 'Retry-After': '30' } }),
    },
  },
  play: async ({ canvas, userEvent }) => {
    await askFor(canvas, userEvent);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 30 seconds.',
    );
  },
};

/** The session expired meanwhile (401): Sign in again; what was typed stays. */
export const SessionExpired: Story = {
  name: 'Session expired',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(401, { method: 'POST' }) } },
  play: async ({ canvas, userEvent }) => {
    await askFor(canvas, userEvent);
    await expect(await canvas.findByRole('button', { name: 'Sign in again' })).toBeVisible();
  },
};

/** Offline: said so, nothing lost. */
export const Offline: Story = {
  beforeEach: whileOffline,
  parameters: {
    profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'POST' }) },
  },
  play: async ({ canvas, userEvent }) => {
    await askFor(canvas, userEvent);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are offline.');
  },
};

/** A server failure (500): try again later, nothing lost. */
export const ServerError: Story = {
  name: 'Server error',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(500, { method: 'POST' }) } },
  play: async ({ canvas, userEvent }) => {
    await askFor(canvas, userEvent);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      enAccountMessages.failedServer,
    );
  },
};

/** Nobody signed in: a sign-in prompt. */
export const SignedOut: Story = {
  name: 'Signed out',
  parameters: { profileKit: { session: null } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(enAccountMessages.signedOut)).toBeVisible();
  },
};

/** In German, sent. */
export const German: Story = {
  args: { locale: 'de-DE', messages: deAccountMessages },
  play: async ({ canvas, userEvent }) => {
    await canvas.findByText(/^Sie melden sich mit/);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Neue E-Mail-Adresse' }), newEmail);
    await userEvent.type(canvas.getByLabelText('Passwort', { selector: 'input' }), password);
    await userEvent.click(canvas.getByRole('button', { name: 'E-Mail ändern' }));
    await expect(await canvas.findByText(/^Sehen Sie in Ihrem Postfach nach/)).toBeVisible();
  },
};
