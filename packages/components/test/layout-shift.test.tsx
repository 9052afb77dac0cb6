import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ProfileCard, ProfileForm } from '../src/index.js';
import { renderWithKit } from './render-with-kit.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Two frames: layout-shift entries of the last render are queued by then. */
const nextFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/**
 * Renders `kit` above a host footer with a slow API, waits until `loaded` resolves, and
 * returns the cumulative layout shift (CLS) since the render — the shifts a customer sees
 * when the profile arrives and pushes the footer down.
 */
async function layoutShiftWhileLoading(
  kit: ReactElement,
  loaded: () => Promise<unknown>,
  width: string,
) {
  let shift = 0;
  const since = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      // The buffer holds the whole page's shifts, earlier tests included.
      if (entry.startTime >= since && !entry.hadRecentInput) shift += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  const rendered = renderWithKit(
    <div style={{ inlineSize: width }}>
      {kit}
      <footer style={{ blockSize: '4rem' }}>Host footer</footer>
    </div>,
    { before: (mock) => mock.faults.latency(150) },
  );
  expect(rendered.container.querySelector('[data-state="loading"]')).not.toBeNull();
  await loaded();
  await nextFrames();
  observer.disconnect();
  rendered.unmount();
  return shift;
}

// A phone (320 px) and a desktop column: the card's rows and the form's grid wrap differently.
describe.each(['20rem', '48rem'])('No layout shift when the profile arrives, %s wide', (width) => {
  it('ProfileCard: the skeleton has the loaded card’s size (CLS 0)', async () => {
    const shift = await layoutShiftWhileLoading(
      <ProfileCard timeZone="UTC" />,
      () => screen.findByRole('heading', { name: 'Ms Anna Schmidt' }),
      width,
    );
    expect(shift).toBe(0);
  });

  it('ProfileCard with Edit: the skeleton has the header’s button height (CLS 0)', async () => {
    const shift = await layoutShiftWhileLoading(
      <ProfileCard timeZone="UTC" onEdit={() => {}} />,
      () => screen.findByRole('button', { name: 'Edit profile' }),
      width,
    );
    expect(shift).toBe(0);
  });

  it('ProfileForm: the skeleton has the loaded form’s size (CLS 0)', async () => {
    const shift = await layoutShiftWhileLoading(
      <ProfileForm />,
      () => screen.findByRole('button', { name: 'Save changes' }),
      width,
    );
    expect(shift).toBe(0);
  });

  it('ProfileForm with pickers: the skeleton has the loaded form’s size (CLS 0)', async () => {
    const shift = await layoutShiftWhileLoading(
      <ProfileForm languages={['en', 'de']} currencies={['EUR', 'USD']} />,
      () => screen.findByRole('button', { name: 'Save changes' }),
      width,
    );
    expect(shift).toBe(0);
  });
});
