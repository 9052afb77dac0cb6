import type { CustomerAddress } from '@profile-kit/hooks';
import { mockProfiles } from '@profile-kit/mock-api';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddressCard } from '../src/addresses.js';
import { deAddressMessages } from '../src/locales/de.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';

const [home, office] = (mockProfiles.b2cCustomer.addresses ?? []) as CustomerAddress[];
const maria = mockProfiles.otherCustomer.addresses?.[0] as CustomerAddress;

function lines(card: HTMLElement): string[] {
  const block = card.querySelector('address');
  return [...(block?.querySelectorAll('span') ?? [])].map((line) => line.textContent ?? '');
}

describe('AddressCard', () => {
  it('shows the default address with its lines, country by name, phone and tags', async () => {
    const { container } = render(<AddressCard address={home as CustomerAddress} />);
    const card = screen.getByRole('article', { name: 'Anna Schmidt' });
    expect(card).toHaveAttribute('data-default');
    expect(within(card).getByText('Default address')).toBeInTheDocument();
    expect(lines(card)).toEqual(['Platz der Republik 1', '11011 Berlin', 'Berlin', 'Germany']);
    expect(within(card).getByText('Phone: +49 30 22730')).toBeInTheDocument();
    const tags = within(card).getByRole('list', { name: 'Used for' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((tag) => tag.textContent),
    ).toEqual(['Billing', 'Shipping']);
    await expectNoAxeViolations(container);
  });

  it('writes a US address the American way', () => {
    render(<AddressCard address={maria} />);
    const card = screen.getByRole('article', { name: 'Maria Rossi' });
    expect(lines(card)).toEqual([
      '350 5th Avenue',
      'Apt 12B',
      'New York, NY 10118',
      'United States',
    ]);
  });

  it('writes a UK address the British way: town, county and postcode on lines of their own', () => {
    render(
      <AddressCard
        address={{
          contactName: 'Tom Hale',
          streetNumber: '10',
          street: 'High Street',
          city: 'Guildford',
          state: 'Surrey',
          zipCode: 'GU1 3AA',
          country: 'GB',
        }}
      />,
    );
    const card = screen.getByRole('article', { name: 'Tom Hale' });
    expect(lines(card)).toEqual([
      '10 High Street',
      'Guildford',
      'Surrey',
      'GU1 3AA',
      'United Kingdom',
    ]);
  });

  it('in German: texts and the country name', () => {
    render(
      <AddressCard
        address={office as CustomerAddress}
        locale="de-DE"
        messages={deAddressMessages}
      />,
    );
    const card = screen.getByRole('article', { name: 'Anna Schmidt' });
    expect(lines(card).at(-1)).toBe('Deutschland');
    expect(within(card).getByText('Lieferung')).toBeInTheDocument();
    expect(card).not.toHaveAttribute('data-default');
  });

  it('offers the actions it is given, named for whose address they act on', async () => {
    const onEdit = vi.fn();
    const onSetDefault = vi.fn();
    const onRemove = vi.fn();
    const { container } = render(
      <AddressCard
        address={office as CustomerAddress}
        onEdit={onEdit}
        onSetDefault={onSetDefault}
        onRemove={onRemove}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Make default: address of Anna Schmidt' }),
    );
    expect(onSetDefault).toHaveBeenCalledWith(office);
    await userEvent.click(screen.getByRole('button', { name: 'Remove: address of Anna Schmidt' }));
    expect(onRemove).toHaveBeenCalledWith(office);
    expect(screen.getByRole('button', { name: 'Edit: address of Anna Schmidt' })).toHaveTextContent(
      'Edit',
    );
    await expectNoAxeViolations(container);
  });

  it('offers no "Make default" on the default address', () => {
    render(<AddressCard address={home as CustomerAddress} onSetDefault={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows an address still being added as saving, without actions', () => {
    render(
      <AddressCard
        address={{ contactName: 'Eva Meier', id: 'pending:7', tags: ['gift'] }}
        onEdit={() => {}}
        onRemove={() => {}}
      />,
    );
    const card = screen.getByRole('article', { name: 'Eva Meier' });
    expect(card).toHaveAttribute('data-pending');
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByText('Saving…')).toBeInTheDocument();
    expect(within(card).getByText('gift')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).toBeNull();
  });
});
