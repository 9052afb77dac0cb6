import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { mockPasswords, mockTokens } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ChangePasswordForm, enAccountMessages } from '../src/account.js';
import { whileOffline } from './while-offline.js';

const current = mockPasswords.customer;
const next = 'N3w-Secret-2026!';

const meta = {
  title: 'Components/ChangePasswordForm',
  component: ChangePasswordForm,
  tags: ['autodocs'],
  args: {
    // Its own texts, not the profile's: the toolbar's profile messages do not apply.
    messages: enAccountMessages,
    locale: 'en',
    onPasswordChanged: fn(),
    onSessionExpired: fn(),
    onSignIn: fn(),
  },
  parameters: { profileKit: { token: mockTokens.customer } },
} satisfies Meta<typeof ChangePasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];
type User = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** Password boxes have no role: found by their label. */
const box = (canvas: Canvas, label: string) => canvas.getByLabelText(label, { selector: 'input' });

/** Types the three passwords and submits, as a customer does. */
async function changeWith(
  canvas: Canvas,
  userEvent: User,
  values: { current: string; next: string; confirm: string },
) {
  await userEvent.type(box(canvas, 'Current password'), values.current);
  await userEvent.type(box(canvas, 'New password'), values.next);
  await userEvent.type(box(canvas, 'Repeat new password'), values.confirm);
  await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
}

/** Empty, with the hint under the new password and a Show toggle per box. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(box(canvas, 'New password')).toHaveAccessibleDescription(
      enAccountMessages.passwordHint,
    );
    await expect(canvas.getByRole('button', { name: 'Show Current password' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
};

/** Typing a new password: the strength verdict follows; the Show toggle is pressed. */
export const StrengthAndShown: Story = {
  name: 'Strength hint, password shown',
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(box(canvas, 'New password'), 'correct-Horse-42');
    await userEvent.click(canvas.getByRole('button', { name: 'Show New password' }));
    await expect(box(canvas, 'New password')).toHaveAttribute('type', 'text');
    await expect(box(canvas, 'New password')).toHaveAccessibleDescription(
      `${enAccountMessages.passwordHint} Strength: strong.`,
    );
  },
};

/** The repeat differs and the new one is the current one: both on their fields, nothing sent. */
export const ValidationErrors: Story = {
  name: 'Mismatch, same as current',
  play: async ({ canvas, userEvent }) => {
    await changeWith(canvas, userEvent, { current, next: current, confirm: 'other' });
    await waitFor(() => expect(box(canvas, 'New password')).toHaveFocus());
    await expect(box(canvas, 'Repeat new password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
  },
};

/** The current password is wrong: said on that field; the new ones stay. */
export const WrongPassword: Story = {
  name: 'Wrong current password',
  play: async ({ canvas, userEvent }) => {
    await changeWith(canvas, userEvent, { current: 'wrong-password', next, confirm: next });
    await waitFor(() =>
      expect(box(canvas, 'Current password')).toHaveAccessibleDescription(
        'This password is not correct.',
      ),
    );
    await expect(box(canvas, 'New password')).toHaveValue(next);
  },
};

/** Under way, and it stays so: the API does not answer. */
export const Saving: Story = {
  parameters: {
    profileKit: { timeoutMs: 600_000, setup: (api) => api.faults.latency('infinite') },
  },
  play: async ({ canvas, userEvent }) => {
    await changeWith(canvas, userEvent, { current, next, confirm: next });
    await expect(await canvas.findByText('Changing your password…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Change password' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Changed: the fields are empty again and the host's `onPasswordChanged` ran. */
export const Changed: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await changeWith(canvas, userEvent, { current, next, confirm: next });
    await expect(await canvas.findByText('Your password has been changed.')).toBeVisible();
    await expect(box(canvas, 'Current password')).toHaveValue('');
    await expect(args.onPasswordChanged).toHaveBeenCalledOnce();
  },
};

/** 429 with `Retry-After: 120`: when to try again. */
export const RateLimited: Story = {
  name: 'Rate limited (429)',
  parameters: {
    profileKit: {
      setup: (api) =>
        api.faults.failNext(429, { method: 'POST', headers: { 'Retry-After': '120' } }),
    },
  },
  play: async ({ canvas, userEvent }) => {
    await changeWith(canvas, userEvent, { current, next, confirm: next });
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 2 minutes.',
    );
  },
};

/** The session expired meanwhile (401): Sign in again; the passwords stay in the boxes. */
export const SessionExpired: Story = {
  name: 'Session expired',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(401, { method: 'POST' }) } },
  play: async ({ canvas, userEvent, args }) => {
    await changeWith(canvas, userEvent, { current, next, confirm: next });
    await expect(await canvas.findByRole('button', { name: 'Sign in again' })).toBeVisible();
    await expect(args.onSessionExpired).toHaveBeenCalledOnce();
  },
};

/** Offline: said so, nothing lost. */
export const Offline: Story = {
  beforeEach: whileOffline,
  parameters: {
    profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'POST' }) },
  },
  play: async ({ canvas, userEvent }) => {
    await changeWith(canvas, userEvent, { current, next, confirm: next });
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are offline.');
  },
};

/** A server failure (503): try again later, nothing lost. */
export const ServerError: Story = {
  name: 'Server error',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(503, { method: 'POST' }) } },
  play: async ({ canvas, userEvent }) => {
    await changeWith(canvas, userEvent, { current, next, confirm: next });
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      enAccountMessages.failedServer,
    );
  },
};

/** Nobody signed in: a sign-in prompt instead of the fields. */
export const SignedOut: Story = {
  name: 'Signed out',
  parameters: { profileKit: { session: null } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(enAccountMessages.signedOut)).toBeVisible();
  },
};

/** In German, after a wrong password. */
export const German: Story = {
  args: { locale: 'de-DE', messages: deAccountMessages },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(box(canvas, 'Aktuelles Passwort'), 'falsch');
    await userEvent.type(box(canvas, 'Neues Passwort'), next);
    await userEvent.type(box(canvas, 'Neues Passwort wiederholen'), next);
    await userEvent.click(canvas.getByRole('button', { name: 'Passwort ändern' }));
    await waitFor(() =>
      expect(box(canvas, 'Aktuelles Passwort')).toHaveAccessibleDescription(
        deAccountMessages.errorWrongPassword,
      ),
    );
  },
};
