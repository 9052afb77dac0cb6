import { de } from '@profile-kit/components/locales/de';
import { mockProfiles, mockTokens, type ProfileApiMock } from '@profile-kit/mock-api';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProfileCard } from '../src/index.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { instantProfileRetriesForThisTest, renderWithKit } from './render-with-kit.js';

/** The card's details as term → value pairs, in order. */
function details(card: HTMLElement): [string, string][] {
  return within(card)
    .queryAllByRole('term')
    .map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']);
}

describe('ProfileCard', () => {
  it('shows a busy skeleton while the profile loads', async () => {
    const { container } = renderWithKit(<ProfileCard />, {
      before: (mock) => mock.faults.latency('infinite'),
    });
    const card = container.querySelector('[data-slot="card"]');
    expect(card).toHaveAttribute('data-state', 'loading');
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading your profile…')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows a B2C profile with names in the UI locale and codes', async () => {
    const { container } = renderWithKit(<ProfileCard timeZone="UTC" />);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Ms Anna Schmidt' });
    const card = heading.closest('section');
    if (!card) throw new Error('no card');
    expect(card).toHaveAttribute('data-state', 'ready');
    expect(card).toHaveAccessibleName('Ms Anna Schmidt');
    expect(details(card)).toEqual([
      ['Email', 'anna.schmidt@example.com'],
      ['Phone', '+49 30 1234567'],
      ['Preferred language', 'German (Germany) – de_DE'],
      ['Preferred currency', 'Euro – EUR'],
      ['Preferred site', 'main'],
      ['Last login', 'Nov 20, 2025, 9:41 AM'],
    ]);
    expect(card.querySelector('time')).toHaveAttribute('datetime', '2025-11-20T09:41:07.000Z');
    await expectNoAxeViolations(container);
  });

  it('shows the company registration id and legal entities of a B2B customer', async () => {
    const { container } = renderWithKit(
      <ProfileCard sites={[{ code: 'main', name: 'Main shop' }]} />,
      {
        token: mockTokens.b2bCustomer,
      },
    );
    await screen.findByRole('heading', { name: 'Mr John Michael Doe' });
    const card = container.querySelector<HTMLElement>('[data-slot="card"]');
    if (!card) throw new Error('no card');
    expect(details(card)).toEqual(
      expect.arrayContaining([
        ['Company', 'Emporix'],
        ['Preferred site', 'Main shop'],
        ['Company registration ID', '123-456-789'],
        ['Legal entities', 'Emporix'],
      ]),
    );
    expect(within(card).getByRole('list')).toHaveTextContent('Emporix');
    await expectNoAxeViolations(container);
  });

  it('leaves absent fields out, without empty labels or "undefined"', async () => {
    const { container } = renderWithKit(<ProfileCard />, {
      customers: [
        {
          token: mockTokens.customer,
          profile: {
            id: '1',
            customerNumber: '1',
            lastName: 'Solo',
            contactEmail: 'solo@example.com',
            accounts: [{ id: 'solo@example.com' }],
          },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Solo' });
    const card = container.querySelector<HTMLElement>('[data-slot="card"]');
    if (!card) throw new Error('no card');
    expect(details(card)).toEqual([['Email', 'solo@example.com']]);
    expect(card.textContent).not.toMatch(/undefined|null/);
    expect(card.querySelectorAll('dd:empty, dt:empty')).toHaveLength(0);
  });

  it('shows markup in the data as text', async () => {
    const attack = '<img src=x onerror="window.__pkHacked=1">';
    const { container } = renderWithKit(<ProfileCard />, {
      customers: [
        {
          token: mockTokens.customer,
          profile: {
            ...structuredClone(mockProfiles.b2cCustomer),
            firstName: attack,
            company: attack,
          },
        },
      ],
    });
    await screen.findByRole('heading', { name: `Ms ${attack} Schmidt` });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(attack)).toBeInTheDocument();
    expect((window as { __pkHacked?: number }).__pkHacked).toBeUndefined();
  });

  it('shows the Edit button only with onEdit, and calls it', async () => {
    const onEdit = vi.fn();
    const { user } = renderWithKit(<ProfileCard onEdit={onEdit} />);
    await user.click(await screen.findByRole('button', { name: 'Edit profile' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('has no Edit button without onEdit', async () => {
    renderWithKit(<ProfileCard />);
    await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('prompts an anonymous visitor to sign in', async () => {
    const onSignIn = vi.fn();
    const { container, user } = renderWithKit(<ProfileCard onSignIn={onSignIn} />, {
      token: mockTokens.anonymous,
    });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Sign in to see your profile.')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="card"]')).toHaveAttribute(
      'data-state',
      'anonymous',
    );
    expect(screen.queryByText('Anonymous')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('prompts to sign in while nobody is signed in, without a request', async () => {
    const { mock } = renderWithKit(<ProfileCard onSignIn={() => {}} />, { session: null });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(mock.requests).toHaveLength(0);
  });

  it('explains a server failure and loads again on Retry', async () => {
    instantProfileRetriesForThisTest();
    const { container, user, mock } = renderWithKit(<ProfileCard />, {
      // The first read and its three automatic retries fail.
      before: (mock) => mock.faults.failNext(503, { count: 4 }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile could not be loaded right now. Try again later.');
    expect(container.querySelector('[data-slot="card"]')).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations(container);
    expect(mock.requests).toHaveLength(4);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Ms Anna Schmidt' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    [
      'a dropped connection',
      (mock: ProfileApiMock) => mock.faults.networkErrorNext({ count: 4 }),
      'We could not reach the server. Check your connection and try again.',
    ],
    [
      'a missing profile',
      (mock: ProfileApiMock) => mock.faults.failNext(404),
      'We could not find your profile.',
    ],
    [
      'a forbidden session',
      (mock: ProfileApiMock) => mock.faults.failNext(403),
      'This session cannot see a profile. Sign in as a customer.',
    ],
  ])('explains %s', async (_case, inject, message) => {
    instantProfileRetriesForThisTest();
    renderWithKit(<ProfileCard />, { before: inject });
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('does not promise that trying again helps with an answer it cannot read', async () => {
    const { user, mock } = renderWithKit(<ProfileCard />, {
      before: (mock) => mock.faults.failNext(200, { body: { unexpected: true } }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile cannot be shown right now.');
    expect(within(alert).getByRole('paragraph')).not.toHaveTextContent(/try again/i);
    // A later answer may be readable: Retry stays.
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Ms Anna Schmidt' })).toBeInTheDocument();
    expect(mock.requests).toHaveLength(2);
  });

  it('explains a wrong client setup without a Retry that cannot help, in English and German', async () => {
    const { mock, unmount } = renderWithKit(<ProfileCard onSignIn={() => {}} />, {
      tenant: 'Not A Tenant',
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile cannot be shown right now.');
    expect(alert).not.toHaveTextContent(/try again/i);
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(mock.requests).toHaveLength(0);
    unmount();

    renderWithKit(<ProfileCard messages={de} />, { tenant: 'Not A Tenant' });
    const german = await screen.findByRole('alert');
    expect(german).toHaveTextContent('Ihr Profil kann gerade nicht angezeigt werden.');
    expect(german).not.toHaveTextContent(/erneut/);
    expect(within(german).queryByRole('button')).toBeNull();
  });

  it('speaks German, with German display names and dates', async () => {
    const { container } = renderWithKit(
      <ProfileCard locale="de-DE" messages={de} timeZone="UTC" onEdit={() => {}} />,
    );
    await screen.findByRole('heading', { name: 'Frau Anna Schmidt' });
    const card = container.querySelector<HTMLElement>('[data-slot="card"]');
    if (!card) throw new Error('no card');
    expect(details(card)).toEqual([
      ['E-Mail', 'anna.schmidt@example.com'],
      ['Telefon', '+49 30 1234567'],
      ['Bevorzugte Sprache', 'Deutsch (Deutschland) – de_DE'],
      ['Bevorzugte Währung', 'Euro – EUR'],
      ['Bevorzugter Shop', 'main'],
      ['Letzte Anmeldung', '20.11.2025, 09:41'],
    ]);
    expect(screen.getByRole('button', { name: 'Profil bearbeiten' })).toBeInTheDocument();
  });

  it('keeps English texts for a German locale without German messages, names and dates German', async () => {
    const { container } = renderWithKit(<ProfileCard locale="de-DE" timeZone="UTC" />);
    await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    const card = container.querySelector<HTMLElement>('[data-slot="card"]');
    if (!card) throw new Error('no card');
    expect(details(card)).toContainEqual(['Preferred language', 'Deutsch (Deutschland) – de_DE']);
    expect(details(card)).toContainEqual(['Last login', '20.11.2025, 09:41']);
  });

  it('takes any text from the messages prop, key by key', async () => {
    renderWithKit(
      <ProfileCard
        messages={{ labelContactEmail: 'E-mail address', edit: undefined }}
        onEdit={() => {}}
      />,
    );
    await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    expect(screen.getByText('E-mail address')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit profile' })).toBeInTheDocument();
  });

  it('merges class names on every part and exposes slots and state', async () => {
    const { container } = renderWithKit(
      <ProfileCard
        className="host-card"
        classNames={{ card: 'host-root', 'card-title': 'host-title', 'card-term': 'host-term' }}
        data-testid="card"
      />,
    );
    await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    const card = screen.getByTestId('card');
    expect(card).toHaveClass('pk-card', 'host-card', 'host-root');
    expect(screen.getByRole('heading')).toHaveClass('pk-card-title', 'host-title');
    for (const term of container.querySelectorAll('dt')) {
      expect(term).toHaveClass('pk-card-term', 'host-term');
      expect(term).toHaveAttribute('data-slot', 'card-term');
    }
  });

  it('keeps a host’s aria-labelledby next to its heading', async () => {
    const { container } = renderWithKit(
      <>
        <p id="host-label">Account</p>
        <ProfileCard aria-labelledby="host-label" />
      </>,
      { before: (mock) => mock.faults.latency(50) },
    );
    const card = container.querySelector('section');
    expect(card).toHaveAttribute('aria-labelledby', 'host-label');
    expect(card).toHaveAccessibleName('Account');

    const heading = await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    expect(card).toHaveAttribute('aria-labelledby', `${heading.id} host-label`);
    expect(card).toHaveAccessibleName('Ms Anna Schmidt Account');
  });

  it('forwards its ref to the section', async () => {
    const ref = { current: null as HTMLElement | null };
    renderWithKit(<ProfileCard ref={ref} />);
    await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    expect(ref.current?.tagName).toBe('SECTION');
  });

  it('lets host CSS win over the default styles', async () => {
    const style = document.createElement('style');
    style.textContent =
      '.pk-card-title { color: rgb(1, 2, 3); } .pk-card { --pk-color-surface: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      renderWithKit(<ProfileCard />);
      const heading = await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
      expect(getComputedStyle(heading).color).toBe('rgb(1, 2, 3)');
      const card = heading.closest('section');
      if (!card) throw new Error('no card');
      expect(getComputedStyle(card).backgroundColor).toBe('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('mirrors on right-to-left pages and keeps phone numbers left to right', async () => {
    renderWithKit(
      <div dir="rtl">
        <ProfileCard />
      </div>,
      { before: (mock) => mock.faults.failNext(404) },
    );
    const message = await screen.findByRole('alert');
    expect(getComputedStyle(message).borderRightWidth).toBe('4px');
    expect(getComputedStyle(message).borderLeftWidth).toBe('0px');
  });

  it('isolates email and phone as left-to-right text', async () => {
    renderWithKit(<ProfileCard />);
    expect(await screen.findByText('+49 30 1234567')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('anna.schmidt@example.com')).toHaveAttribute('dir', 'ltr');
  });

  it('turns dark under data-pk-color-scheme="dark" on the page', async () => {
    renderWithKit(
      <div data-pk-color-scheme="dark">
        <ProfileCard />
      </div>,
    );
    const heading = await screen.findByRole('heading', { name: 'Ms Anna Schmidt' });
    const card = heading.closest('section');
    if (!card) throw new Error('no card');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(22, 27, 34)');
    await expectNoAxeViolations(card);
  });
});

describe('ProfileCard: what hosts and stored data throw at it', () => {
  it('keeps the host’s aria-label as the region’s name', async () => {
    renderWithKit(<ProfileCard aria-label="Your account" />);
    await screen.findByRole('heading');
    expect(screen.getByRole('region', { name: 'Your account' })).toBeInTheDocument();
  });

  it('lists legal entities that share an id without a React warning', async () => {
    const errors = vi.spyOn(console, 'error');
    const profile = structuredClone(mockProfiles.b2bCustomer);
    if (profile.b2b) {
      profile.b2b.legalEntities = [
        { id: 'A1', name: 'Emporix' },
        { id: 'A1', name: 'Emporix GmbH' },
      ];
    }
    renderWithKit(<ProfileCard />, {
      customers: [{ token: mockTokens.b2bCustomer, profile }],
      token: mockTokens.b2bCustomer,
    });
    expect(await screen.findByText('Emporix GmbH')).toBeVisible();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
