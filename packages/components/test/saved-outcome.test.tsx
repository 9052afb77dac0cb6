import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileForm } from '../src/index.js';
import { renderWithKit } from './render-with-kit.js';

const saved = 'Your profile has been saved.';

/** Every text the polite status region takes, in order: what a screen reader announces. */
function recordAnnouncements(region: HTMLElement) {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? '';
    if (text && text !== texts.at(-1)) texts.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('ProfileForm: after a save', () => {
  it('Enter again does not claim "no changes", and "saved" is announced once', async () => {
    const { user, patches, queryClient } = renderWithKit(<ProfileForm />);
    const middleName = await screen.findByRole('textbox', { name: 'Middle name' });
    const region = screen.getByRole('status');
    const announced = recordAnnouncements(region);

    await user.type(middleName, 'Lena');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(region).toHaveTextContent(saved));
    // The save's refetch has settled: the form shows the stored profile.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    // The customer presses Enter again, before editing anything.
    await user.click(middleName);
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(region).toHaveTextContent(saved);
    announced.stop();
    expect(announced.texts).toEqual([saved]);
    expect(patches()).toHaveLength(1);
  });

  it('after an edit, a submit with nothing new to save says so again', async () => {
    const { user, patches } = renderWithKit(<ProfileForm />);
    const middleName = await screen.findByRole('textbox', { name: 'Middle name' });
    await user.type(middleName, 'Lena');
    await user.keyboard('{Enter}');
    await screen.findByText(saved);
    // Typed and taken back: an edit, but nothing to save.
    await user.type(middleName, 'x');
    await user.keyboard('{Backspace}{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('There are no changes to save.'),
    );
    expect(patches()).toHaveLength(1);
  });

  it('"saved" fades out after a while without moving what is below it', async () => {
    const { user } = renderWithKit(<ProfileForm />);
    const middleName = await screen.findByRole('textbox', { name: 'Middle name' });
    await user.type(middleName, 'Lena');
    await user.keyboard('{Enter}');
    const region = screen.getByRole('status');
    await waitFor(() => expect(region).toHaveTextContent(saved));
    const save = screen.getByRole('button', { name: 'Save changes' });
    const before = {
      region: region.getBoundingClientRect(),
      button: save.getBoundingClientRect(),
    };
    expect(getComputedStyle(region).opacity).toBe('1');

    // The wait and the fade, run to their end instead of waited for.
    const fades = region.getAnimations();
    expect(fades).not.toHaveLength(0);
    for (const fade of fades) fade.finish();

    expect(getComputedStyle(region).opacity).toBe('0');
    expect(region.getBoundingClientRect().height).toBe(before.region.height);
    expect(save.getBoundingClientRect().top).toBe(before.button.top);
    // Hidden, not removed: the live region's text does not change, so nothing is announced.
    expect(region).toHaveTextContent(saved);
  });
});
