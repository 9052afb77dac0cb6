import type { CustomerAddress } from '@profile-kit/hooks';
import { mockProfiles } from '@profile-kit/mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddressCard } from '../src/addresses.js';
import { ProfileCard, ProfileForm } from '../src/index.js';
import { renderWithKit } from './render-with-kit.js';

/**
 * `Intl.DisplayNames` that names nothing, as in a browser with little locale data: every
 * name the kit asks for comes back `undefined`. The rest of `Intl` is the browser's.
 */
class NamelessDisplayNames {
  of(): undefined {
    return undefined;
  }
}

beforeEach(() => {
  vi.stubGlobal('Intl', Object.create(Intl, { DisplayNames: { value: NamelessDisplayNames } }));
});
afterEach(() => vi.unstubAllGlobals());

describe('where Intl can name no language, currency or country', () => {
  it('shows the codes on the card, never "undefined"', async () => {
    renderWithKit(<ProfileCard locale="sv" />);
    const card = await screen.findByRole('region', { name: 'Ms Anna Schmidt' });
    expect(card).toHaveTextContent('de_DE');
    expect(card).toHaveTextContent('EUR');
    expect(card).not.toHaveTextContent('undefined');
    // Not the names a full Intl gives in Swedish ("tyska (Tyskland)", "euro").
    expect(card).not.toHaveTextContent(/tyska|euro/i);
  });

  it('offers the codes in the pickers and saves a chosen one', async () => {
    const { user, patches } = renderWithKit(
      <ProfileForm locale="sv" languages={['de_DE', 'en']} currencies={['EUR', 'CHF']} />,
    );
    const currency = await screen.findByRole('combobox', { name: 'Preferred currency' });
    const labels = within(currency)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual(expect.arrayContaining(['EUR', 'CHF']));
    expect(labels.join(' ')).not.toMatch(/undefined|not valid/);
    await user.selectOptions(currency, 'CHF');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]).toMatchObject({ preferredCurrency: 'CHF' });
  });

  it('writes the country code on an address', () => {
    const home = mockProfiles.b2cCustomer.addresses?.[0] as CustomerAddress;
    const { container } = renderWithKit(<AddressCard address={home} locale="sv" />);
    const lines = [...(container.querySelector('address')?.children ?? [])].map(
      (line) => line.textContent,
    );
    expect(lines.at(-1)).toBe('DE');
  });
});
