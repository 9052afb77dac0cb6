import { de } from '@profile-kit/components/locales/de';
import { mockTokens } from '@profile-kit/mock-api';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  Field,
  FieldDescription,
  FieldInput,
  FieldLabel,
  ProfileCard,
  ProfileForm,
} from '../src/index.js';
import { type ServerRenderOptions, serverRender } from './server-render.js';

/** John, the B2B customer: his profile has what every part of the card shows. */
const john = { token: mockTokens.b2bCustomer, session: 'john' };
const render = (ui: ReactNode, options: ServerRenderOptions = {}) =>
  serverRender(ui, { as: john, ...options });

/** The first `<tag …>` in `html` whose attributes include `having`, up to the end of its content. */
function element(html: string, tag: string, having: string): string {
  const start = html.search(new RegExp(`<${tag}\\b[^>]*${having}`));
  if (start < 0) throw new Error(`no <${tag}> with ${having}`);
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(start, end < 0 ? undefined : end + tag.length + 3);
}

/** An attribute's value in an element's opening tag. */
function attribute(element: string, name: string): string | undefined {
  return new RegExp(`^<[^>]*\\s${name}="([^"]*)"`).exec(element)?.[1];
}

describe('server rendering with react-dom/server', () => {
  it('runs where there is no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders ProfileCard from a prefetched profile', async () => {
    const { html, mock } = await render(
      <ProfileCard timeZone="UTC" sites={[{ code: 'main', name: 'Main shop' }]} />,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('Mr John Michael Doe');
    expect(html).toContain('English (United States) – en_US');
    expect(html).toContain('Euro – EUR');
    expect(html).toContain('Main shop');
    expect(html).toContain('123-456-789');
    expect(html).toContain('Nov 24, 2025, 4:05 PM');
    expect(mock.requests).toHaveLength(1);
  });

  it('shows the last login in UTC without a timeZone, whatever zone the server runs in', async () => {
    const serverZone = process.env.TZ;
    // A server far from UTC: the runtime's zone must not leak into the HTML, or a browser
    // in another zone would hydrate different text.
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const { html } = await render(<ProfileCard />);
      expect(new Date('2025-11-24T16:05:00Z').getHours()).not.toBe(16);
      expect(html).toContain('Nov 24, 2025, 4:05 PM');
    } finally {
      process.env.TZ = serverZone;
    }
  });

  it('renders ProfileForm prefilled from a prefetched profile', async () => {
    const { html } = await render(
      <ProfileForm
        locale="de"
        messages={de}
        currencies={['EUR', 'USD']}
        languages={['en_US', 'de_DE']}
      />,
    );
    expect(html).toContain('data-state="idle"');
    expect(html).toContain('value="John"');
    expect(html).toContain('value="123-456-789"');
    expect(html).toContain('Vorname');
    expect(html).toMatch(/<option value="EUR" selected="">Euro – EUR<\/option>/);
    expect(html).toContain('Änderungen speichern');
  });

  it('names descriptions and notices in aria-describedby in the server HTML', async () => {
    // Without languages and currencies to offer, both are text boxes with a description.
    const { html } = await render(<ProfileForm />);
    for (const [name, description] of [
      ['preferredCurrency', 'A three-letter currency code, like EUR.'],
      ['preferredLanguage', 'A language code, like en or en_US.'],
    ]) {
      const describedBy = attribute(element(html, 'input', `name="${name}"`), 'aria-describedby');
      expect(describedBy).toBeTruthy();
      expect(element(html, 'p', `id="${describedBy}"`)).toContain(`>${description}</p>`);
    }

    // A stored currency the shop does not offer: the picker names its notice.
    const picker = await render(<ProfileForm currencies={['USD', 'CHF']} />);
    const noticeId = attribute(
      element(picker.html, 'select', 'name="preferredCurrency"'),
      'aria-describedby',
    );
    expect(element(picker.html, 'p', `id="${noticeId}"`)).toContain(
      'The saved value Euro – EUR is not offered here.',
    );
  });

  it('names the parts a host Field declares in aria-describedby in the server HTML', () => {
    const html = renderToString(
      <Field parts={{ description: true }}>
        <FieldLabel>Loyalty card</FieldLabel>
        <FieldDescription>The number on the back of your card.</FieldDescription>
        <FieldInput name="loyaltyCard" />
      </Field>,
    );
    const describedBy = attribute(element(html, 'input', 'name="loyaltyCard"'), 'aria-describedby');
    expect(element(html, 'p', `id="${describedBy}"`)).toContain(
      'The number on the back of your card.',
    );
  });

  it('renders the loading state when nothing was prefetched', async () => {
    const card = await render(<ProfileCard />, { prefetch: [] });
    expect(card.html).toContain('data-state="loading"');
    expect(card.html).toContain('aria-busy="true"');
    const form = await render(<ProfileForm />, { prefetch: [] });
    expect(form.html).toContain('Loading your profile…');
  });
});
