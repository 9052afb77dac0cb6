import { de } from '@profile-kit/components/locales/de';
import { mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ProfileCard, ProfileForm } from '../src/index.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { instantProfileRetriesForThisTest, renderWithKit } from './render-with-kit.js';

/** The names of the buttons in an element, in order. */
const buttons = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('button')
    .map((button) => button.textContent);

const components: [string, (onSignIn: () => void) => ReactElement][] = [
  ['ProfileCard', (onSignIn) => <ProfileCard onSignIn={onSignIn} />],
  ['ProfileForm', (onSignIn) => <ProfileForm onSignIn={onSignIn} />],
];

describe.each(components)('%s, when the profile cannot be read', (_name, render) => {
  it('offers "Sign in again" for an expired session, and no "Try again" that cannot help', async () => {
    const onSignIn = vi.fn();
    const { user, container } = renderWithKit(render(onSignIn), { token: mockTokens.expired });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired. Sign in again to see your profile.');
    expect(buttons(alert)).toEqual(['Sign in again']);
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('offers "Sign in" for a session that may not see a profile (403), and no "Try again"', async () => {
    const onSignIn = vi.fn();
    const { user } = renderWithKit(render(onSignIn), {
      before: (mock: ProfileApiMock) => mock.faults.failNext(403),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This session cannot see a profile. Sign in as a customer.');
    expect(buttons(alert)).toEqual(['Sign in']);
    await user.click(within(alert).getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('offers "Try again", and no sign-in, for a server failure', async () => {
    // A 503 is retried three times (1 s, 2 s, 4 s): without the waits, the alert comes well
    // within findByRole's ceiling on a loaded machine too.
    instantProfileRetriesForThisTest();
    renderWithKit(
      render(() => {}),
      {
        before: (mock: ProfileApiMock) => mock.faults.failNext(503, { count: 4 }),
      },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile could not be loaded right now. Try again later.');
    expect(buttons(alert)).toEqual(['Try again']);
  });
});

describe('ProfileForm, when a save finds the session expired', () => {
  it('says so, keeps the edits and offers "Sign in again" (German too), no "Try again"', async () => {
    const onSignIn = vi.fn();
    const onSessionExpired = vi.fn();
    const { user, mock, unmount } = renderWithKit(
      <ProfileForm onSignIn={onSignIn} onSessionExpired={onSessionExpired} />,
    );
    const middleName = await screen.findByRole('textbox', { name: 'Middle name' });
    mock.expireToken(mockTokens.customer);
    await user.type(middleName, 'Lena');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Your session has expired. Sign in again; your changes are kept here.',
    );
    expect(buttons(alert)).toEqual(['Sign in again']);
    expect(middleName).toHaveValue('Lena');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    unmount();

    renderWithKit(<ProfileForm messages={de} onSignIn={() => {}} />, {
      token: mockTokens.expired,
    });
    expect(buttons(await screen.findByRole('alert'))).toEqual(['Erneut anmelden']);
  });

  it('offers "Sign in" when the session may not change the profile (403)', async () => {
    const { user, mock } = renderWithKit(<ProfileForm onSignIn={() => {}} />);
    const middleName = await screen.findByRole('textbox', { name: 'Middle name' });
    mock.faults.failNext(403, { method: 'PATCH' });
    await user.type(middleName, 'Lena');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign in as a customer to change your profile.');
    expect(buttons(alert)).toEqual(['Sign in']);
  });
});
