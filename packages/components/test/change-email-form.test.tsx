import { deAccountMessages } from '@profile-kit/components/locales/de-account';
import { mockPasswords, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeEmailForm, ConfirmEmailChange } from '../src/account.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { renderWithKit } from './render-with-kit.js';

const anna = 'anna.schmidt@example.com';
const newEmail = 'anna@example.org';
const password = mockPasswords.customer;
const changePath = '/customer/demo/me/accounts/internal/email/change';

const passwordBox = () => screen.getByLabelText('Password', { selector: 'input' });
const emailBox = () => screen.getByRole('textbox', { name: 'New email address' });
const submit = () => screen.getByRole('button', { name: 'Change email' });
const posts = (mock: ProfileApiMock) =>
  mock.requests.filter((request) => request.method === 'POST' && request.path === changePath);

/** Renders the form and waits until it knows the email the customer signs in with. */
async function renderForm(options: Parameters<typeof renderWithKit>[1] = {}, props = {}) {
  const kit = renderWithKit(<ChangeEmailForm {...props} />, options);
  expect(await screen.findByText(`You sign in with ${anna}.`)).toBeVisible();
  return kit;
}

describe('ChangeEmailForm', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('works with the keyboard alone: Tab through, Space ticks the box, Enter sends', async () => {
    const { user, mock } = await renderForm();
    await user.tab();
    expect(emailBox()).toHaveFocus();
    await user.keyboard(newEmail);
    await user.tab();
    expect(passwordBox()).toHaveFocus();
    await user.keyboard(password);
    await user.tab(); // the password's Show button
    await user.tab();
    const sync = screen.getByRole('checkbox', { name: 'Also use it as my contact email' });
    expect(sync).toHaveFocus();
    await user.keyboard(' ');
    expect(sync).toBeChecked();
    await user.tab();
    expect(submit()).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Check your inbox'));
    expect(posts(mock).at(-1)?.body).toMatchObject({ newEmail, syncContactEmail: true });
  });

  it('refuses a wrong password on its field, keeps the new address, then says "check your inbox" naming it', async () => {
    const onRequested = vi.fn();
    const { user, mock, container } = await renderForm({}, { onEmailChangeRequested: onRequested });
    await user.type(emailBox(), newEmail);
    await user.type(passwordBox(), 'not-my-password');
    await user.click(submit());

    await waitFor(() => expect(passwordBox()).toHaveFocus());
    expect(passwordBox()).toHaveAccessibleDescription('This password is not correct.');
    expect(emailBox()).toHaveValue(newEmail);
    expect(mock.emailChangeToken(mockTokens.customer)).toBeUndefined();
    await expectNoAxeViolations(container);

    await user.clear(passwordBox());
    await user.type(passwordBox(), password);
    await user.click(screen.getByRole('checkbox', { name: 'Also use it as my contact email' }));
    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        `Check your inbox: we sent a link to ${newEmail}. Your email changes once you open it.`,
      ),
    );
    expect(onRequested).toHaveBeenCalledWith(newEmail);
    expect(posts(mock).at(-1)?.body).toMatchObject({
      email: anna,
      newEmail,
      syncContactEmail: true,
    });
    expect(mock.emailChangeToken(mockTokens.customer)).toEqual(expect.any(String));
    expect(passwordBox()).toHaveValue('');
    expect(document.body.innerHTML).not.toContain(password);
    await expectNoAxeViolations(container);
  });

  it('checks the new address before sending anything', async () => {
    const { user, mock } = await renderForm();
    await user.type(emailBox(), 'anna');
    await user.click(submit());
    await waitFor(() => expect(emailBox()).toHaveFocus());
    expect(emailBox()).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(passwordBox()).toHaveAccessibleDescription('Enter your password.');

    await user.clear(emailBox());
    await user.type(emailBox(), anna.toUpperCase());
    await user.type(passwordBox(), password);
    await user.click(submit());
    await waitFor(() =>
      expect(emailBox()).toHaveAccessibleDescription('This is the email you sign in with already.'),
    );
    expect(posts(mock)).toHaveLength(0);
  });

  it('says when to try again after a 429, in German too, and keeps what was typed', async () => {
    const { user } = renderWithKit(
      <ChangeEmailForm locale="de-DE" messages={deAccountMessages} />,
      {
        before: (mock) =>
          mock.faults.failNext(429, { method: 'POST', headers: { 'Retry-After': '45' } }),
      },
    );
    await screen.findByText(`Sie melden sich mit ${anna} an.`);
    await user.type(screen.getByRole('textbox', { name: 'Neue E-Mail-Adresse' }), newEmail);
    await user.type(screen.getByLabelText('Passwort', { selector: 'input' }), password);
    await user.click(screen.getByRole('button', { name: 'E-Mail ändern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Zu viele Versuche. Versuchen Sie es in 45 Sekunden erneut.',
    );
    expect(screen.getByRole('textbox', { name: 'Neue E-Mail-Adresse' })).toHaveValue(newEmail);
  });

  it('offers "Sign in again" for an expired session', async () => {
    const onSignIn = vi.fn();
    const onSessionExpired = vi.fn();
    const { user, mock } = await renderForm({}, { onSignIn, onSessionExpired });
    mock.expireToken(mockTokens.customer);
    await user.type(emailBox(), newEmail);
    await user.type(passwordBox(), password);
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired. Sign in again');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(emailBox()).toHaveValue(newEmail);
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('says the customer is offline, then a server failure, keeping what was typed', async () => {
    const { user, mock } = await renderForm();
    await user.type(emailBox(), newEmail);
    await user.type(passwordBox(), password);
    act(() => onlineManager.setOnline(false));
    mock.faults.networkErrorNext({ method: 'POST' });
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent('You are offline.');
    act(() => onlineManager.setOnline(true));
    mock.faults.failNext(500, { method: 'POST' });
    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This did not work right now.'),
    );
    expect(emailBox()).toHaveValue(newEmail);
    expect(passwordBox()).toHaveValue(password);
  });
});

describe('ConfirmEmailChange, opened from the mail link where nobody is signed in', () => {
  /** The change asked for by Anna; the confirm page is another browser, signed out. */
  async function requestChange() {
    const asked = await renderForm();
    await asked.user.type(emailBox(), newEmail);
    await asked.user.type(passwordBox(), password);
    await asked.user.click(submit());
    await screen.findByText(/Check your inbox/);
    const token = asked.mock.emailChangeToken(mockTokens.customer);
    asked.unmount();
    return { mock: asked.mock, token };
  }

  it('confirms with a good token: the sign-in email changes', async () => {
    const { mock, token } = await requestChange();
    const onContinue = vi.fn();
    const page = renderWithKit(<ConfirmEmailChange token={token} onContinue={onContinue} />, {
      session: null,
      token: mockTokens.anonymous,
      // The link's page talks to the same API as the form did.
      wrapFetch: () => mock.fetch,
    });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Your new email address is confirmed. Use it to sign in from now on.',
      ),
    );
    expect(mock.profileFor(mockTokens.customer)?.accounts).toEqual([{ id: newEmail }]);
    const confirms = mock.requests.filter((request) => request.path.endsWith('/confirm'));
    expect(confirms).toHaveLength(1);
    await page.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(page.container);
  });

  it('says a bad token is not valid and what to do next, and an expired one has expired', async () => {
    const onSignIn = vi.fn();
    const bad = renderWithKit(<ConfirmEmailChange token="not-a-token" onSignIn={onSignIn} />, {
      session: null,
      token: mockTokens.anonymous,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link is not valid or was already used. If you confirmed already, sign in with your new email; otherwise ask for the change again.',
    );
    await bad.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(bad.container);
    bad.unmount();

    const { mock, token = '' } = await requestChange();
    mock.expireEmailChangeToken(token);
    renderWithKit(<ConfirmEmailChange token={token} />, {
      session: null,
      token: mockTokens.anonymous,
      wrapFetch: () => mock.fetch,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has expired. Ask for the change again under Sign-in & security in your account.',
    );
    expect(mock.profileFor(mockTokens.customer)?.accounts).toEqual([{ id: anna }]);
  });

  it('confirms once under StrictMode, whose double effect would use the token up', async () => {
    const { mock, token } = await requestChange();
    renderWithKit(
      <StrictMode>
        <ConfirmEmailChange token={token} />
      </StrictMode>,
      { session: null, token: mockTokens.anonymous, wrapFetch: () => mock.fetch },
    );
    expect(await screen.findByText(/Your new email address is confirmed/)).toBeVisible();
    expect(mock.requests.filter((request) => request.path.endsWith('/confirm'))).toHaveLength(1);
  });

  it('sends no request for a link without a token', async () => {
    const { mock } = renderWithKit(<ConfirmEmailChange token={null} />, {
      session: null,
      token: mockTokens.anonymous,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid');
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});
