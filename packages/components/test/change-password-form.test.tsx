import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { mockPasswords, mockTokens } from '@profile-kit/mock-api';
import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangePasswordForm } from '../src/account.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { renderWithKit } from './render-with-kit.js';

const current = mockPasswords.customer;
const next = 'N3w-Secret-2026!';
const passwordPath = '/customer/demo/password/change';

// Password boxes have no role: they are found by their label.
const field = (label: string) => screen.getByLabelText(label, { selector: 'input' });

/** The POSTs to the password path the mock received, with the bodies as logged (redacted). */
function passwordPosts(mock: ReturnType<typeof renderWithKit>['mock']) {
  return mock.requests.filter((request) => request.path === passwordPath);
}

async function fill(
  user: ReturnType<typeof renderWithKit>['user'],
  values: { current?: string; next?: string; confirm?: string },
) {
  if (values.current) await user.type(field('Current password'), values.current);
  if (values.next) await user.type(field('New password'), values.next);
  if (values.confirm) await user.type(field('Repeat new password'), values.confirm);
}

const submit = () => screen.getByRole('button', { name: 'Change password' });

describe('ChangePasswordForm', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('works with the keyboard alone: Tab through, Space shows a password, Enter changes it', async () => {
    const onPasswordChanged = vi.fn();
    const { user, mock } = renderWithKit(
      <ChangePasswordForm onPasswordChanged={onPasswordChanged} />,
    );
    await user.tab();
    expect(field('Current password')).toHaveFocus();
    await user.keyboard(current);
    await user.tab();
    const show = screen.getByRole('button', { name: 'Show Current password' });
    expect(show).toHaveFocus();
    await user.keyboard(' ');
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(field('Current password')).toHaveAttribute('type', 'text');
    await user.tab();
    expect(field('New password')).toHaveFocus();
    await user.keyboard(next);
    await user.tab(); // its Show button
    await user.tab();
    expect(field('Repeat new password')).toHaveFocus();
    await user.keyboard(`${next}{Enter}`);
    await waitFor(() => expect(onPasswordChanged).toHaveBeenCalledOnce());
    expect(passwordPosts(mock)).toHaveLength(1);
    // Emptied and hidden again.
    expect(field('Current password')).toHaveValue('');
    expect(field('Current password')).toHaveAttribute('type', 'password');
  });

  it('refuses a wrong current password on that field, keeps the new ones, then changes with the right one', async () => {
    const onPasswordChanged = vi.fn();
    const { user, mock, container, queryClient } = renderWithKit(
      <ChangePasswordForm onPasswordChanged={onPasswordChanged} />,
    );
    await fill(user, { current: 'not-my-password', next, confirm: next });
    await user.click(submit());

    const currentBox = field('Current password');
    await waitFor(() => expect(currentBox).toHaveFocus());
    expect(currentBox).toHaveAttribute('aria-invalid', 'true');
    expect(currentBox).toHaveAccessibleDescription('This password is not correct.');
    expect(field('New password')).toHaveValue(next);
    expect(field('Repeat new password')).toHaveValue(next);
    expect(onPasswordChanged).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    await user.clear(currentBox);
    await user.type(currentBox, current);
    expect(currentBox).not.toHaveAttribute('aria-invalid');
    await user.click(submit());

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.'),
    );
    expect(onPasswordChanged).toHaveBeenCalledTimes(1);
    for (const label of ['Current password', 'New password', 'Repeat new password']) {
      expect(field(label)).toHaveValue('');
    }
    expect(passwordPosts(mock)).toHaveLength(2);
    expect(document.body.innerHTML).not.toContain(next);
    expect(document.body.innerHTML).not.toContain(current);
    // Nor in TanStack Query's state.
    const cached = JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    );
    expect(cached).not.toContain(next);
    expect(cached).not.toContain(current);
    await expectNoAxeViolations(container);
  });

  it('leaves no password in the markup or an attribute, after a failure too', async () => {
    const { user } = renderWithKit(<ChangePasswordForm />);
    await fill(user, { current: 'wrong-one-typed', next, confirm: next });
    // Shown as text for a moment: still only in the property, never in the markup.
    await user.click(screen.getByRole('button', { name: 'Show New password' }));
    await user.click(submit());
    await waitFor(() => expect(field('Current password')).toHaveFocus());
    expect(field('New password')).toHaveValue(next);
    const markup = document.body.innerHTML;
    expect(markup).not.toContain(next);
    expect(markup).not.toContain('wrong-one-typed');
    for (const input of document.querySelectorAll('input')) {
      expect(input.getAttribute('value') ?? '').not.toContain(next);
    }
  });

  it('asks for a matching repeat and a password other than the current one, and sends nothing', async () => {
    const { user, mock } = renderWithKit(<ChangePasswordForm />);
    await fill(user, { current, next: current, confirm: 'something-else' });
    await user.click(submit());
    const newBox = field('New password');
    await waitFor(() => expect(newBox).toHaveFocus());
    expect(newBox).toHaveAccessibleDescription(
      expect.stringContaining('Choose a password other than your current one.'),
    );
    expect(field('Repeat new password')).toHaveAccessibleDescription('The passwords do not match.');

    await user.click(screen.getByRole('button', { name: 'Show Current password' }));
    await user.clear(field('Current password'));
    await user.click(submit());
    expect(field('Current password')).toHaveAccessibleDescription('Enter your current password.');
    expect(passwordPosts(mock)).toHaveLength(0);
  });

  it('has labelled show/hide toggles with aria-pressed, autocomplete for password managers, a username and a strength hint', async () => {
    const { user } = renderWithKit(<ChangePasswordForm />);
    const toggle = screen.getByRole('button', { name: 'Show Current password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(field('Current password')).toHaveAttribute('type', 'text');
    await user.click(toggle);
    expect(field('Current password')).toHaveAttribute('type', 'password');

    expect(field('Current password')).toHaveAttribute('autocomplete', 'current-password');
    expect(field('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(field('Repeat new password')).toHaveAttribute('autocomplete', 'new-password');
    await waitFor(() =>
      expect(document.querySelector('input[autocomplete="username"]')).toHaveValue(
        'anna.schmidt@example.com',
      ),
    );

    const newBox = field('New password');
    expect(newBox).toHaveAccessibleDescription(expect.stringMatching(/^Use at least 8 characters/));
    await user.type(newBox, 'short');
    expect(newBox).toHaveAccessibleDescription(expect.stringContaining('Strength: weak.'));
    await user.type(newBox, '-and-Longer-42');
    expect(newBox).toHaveAccessibleDescription(expect.stringContaining('Strength: strong.'));
  });

  it('says when to try again after a 429, and keeps what was typed', async () => {
    const { user } = renderWithKit(<ChangePasswordForm />, {
      before: (mock) =>
        mock.faults.failNext(429, { method: 'POST', headers: { 'Retry-After': '120' } }),
    });
    await fill(user, { current, next, confirm: next });
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 2 minutes.',
    );
    expect(field('New password')).toHaveValue(next);
  });

  it('says so in German, seconds included', async () => {
    const { user } = renderWithKit(
      <ChangePasswordForm locale="de-DE" messages={deAccountMessages} />,
      {
        before: (mock) =>
          mock.faults.failNext(429, { method: 'POST', headers: { 'Retry-After': '30' } }),
      },
    );
    await fill(user, {});
    await user.type(field('Aktuelles Passwort'), current);
    await user.type(field('Neues Passwort'), next);
    await user.type(field('Neues Passwort wiederholen'), next);
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Zu viele Versuche. Versuchen Sie es in 30 Sekunden erneut.',
    );
  });

  it('offers "Sign in again" for an expired session, and keeps what was typed', async () => {
    const onSignIn = vi.fn();
    const onSessionExpired = vi.fn();
    const { user, mock } = renderWithKit(
      <ChangePasswordForm onSignIn={onSignIn} onSessionExpired={onSessionExpired} />,
    );
    mock.expireToken(mockTokens.customer);
    await fill(user, { current, next, confirm: next });
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired. Sign in again');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(field('Current password')).toHaveValue(current);
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('says the customer is offline, and a server failure, with nothing lost', async () => {
    const { user, mock } = renderWithKit(<ChangePasswordForm />);
    await fill(user, { current, next, confirm: next });
    act(() => onlineManager.setOnline(false));
    mock.faults.networkErrorNext({ method: 'POST' });
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent('You are offline.');
    act(() => onlineManager.setOnline(true));
    mock.faults.failNext(503, { method: 'POST' });
    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This did not work right now.'),
    );
    expect(field('Repeat new password')).toHaveValue(next);
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const onSignIn = vi.fn();
    const { user } = renderWithKit(<ChangePasswordForm onSignIn={onSignIn} />, {
      session: null,
      token: mockTokens.anonymous,
    });
    expect(screen.getByText('Sign in to change your sign-in details.')).toBeVisible();
    expect(screen.queryByLabelText('Current password')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });
});
