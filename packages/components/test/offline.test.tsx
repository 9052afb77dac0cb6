import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AddressBook } from '../src/addresses.js';
import { ProfileCard, ProfileForm } from '../src/index.js';
import { renderWithKit } from './render-with-kit.js';

const textbox = (name: string) => screen.getByRole('textbox', { name });

/** The browser loses its connection: TanStack is told, and requests fail as fetch does then. */
function goOffline(failing: () => void) {
  act(() => onlineManager.setOnline(false));
  failing();
}

describe('offline', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('says the card cannot load while offline, and loads it once the connection is back', async () => {
    const { mock } = renderWithKit(<ProfileCard />, {
      before: (api) => goOffline(() => api.faults.networkErrorNext({ method: 'GET' })),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are offline. Your profile loads as soon as you are back online.',
    );
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('heading', { name: 'Ms Anna Schmidt' })).toBeInTheDocument();
    expect(mock.requests.filter((request) => request.method === 'GET')).toHaveLength(2);
  });

  it('says the address book cannot load while offline, and loads it once the connection is back', async () => {
    const { mock } = renderWithKit(<AddressBook countries={['DE']} />, {
      before: (api) => goOffline(() => api.faults.networkErrorNext({ method: 'GET' })),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are offline. Your addresses load as soon as you are back online.',
    );
    act(() => onlineManager.setOnline(true));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(mock.requests.filter((request) => request.method === 'GET')).toHaveLength(2);
  });

  it('says a save failed because the customer is offline, keeps the edits, and saves once back online', async () => {
    const { user, mock, patches } = renderWithKit(<ProfileForm />);
    await user.type(await screen.findByRole('textbox', { name: 'Middle name' }), 'Maria');
    goOffline(() => mock.faults.networkErrorNext({ method: 'PATCH' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are offline. Your changes are kept: save them once you are back online.',
    );
    expect(textbox('Middle name')).toHaveValue('Maria');

    act(() => onlineManager.setOnline(true));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your profile has been saved.'),
    );
    expect(patches().at(-1)).toMatchObject({ middleName: 'Maria' });
  });
});
