import { mockTokens } from '@profile-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { loadedKit } from '../../../.storybook/profile-kit-story.js';
import { ProfileCard } from '../src/index.js';
import { customerWith } from './customer-with.js';
import { storefrontSites } from './storefront-site.js';
import { storyMessages } from './story-messages.js';
import { whileOffline } from './while-offline.js';

const meta = {
  title: 'Components/ProfileCard',
  component: ProfileCard,
  tags: ['autodocs'],
  // Empty: the Locale toolbar decides. A value typed here wins over the toolbar.
  argTypes: { locale: { control: 'text' } },
  args: {
    onEdit: fn(),
    onSignIn: fn(),
    sites: storefrontSites,
    // Fixed, so the last login reads the same on every machine.
    timeZone: 'Europe/Berlin',
  },
  parameters: {
    profileKit: { token: mockTokens.customer },
  },
} satisfies Meta<typeof ProfileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A B2C customer: name with title, contact details, language and currency by name. */
export const B2CCustomer: Story = {
  name: 'B2C customer',
  play: async ({ canvas, userEvent, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    const card = await canvas.findByRole('region', { name: /Anna Schmidt/ });
    await expect(card).toHaveTextContent('anna.schmidt@example.com');
    await expect(card).toHaveTextContent('EUR');
    await userEvent.click(canvas.getByRole('button', { name: t.edit }));
    await expect(args.onEdit).toHaveBeenCalledOnce();
    // One GET, answered by the mock through the MSW worker.
    await expect(loadedKit(loaded).profileApi.requests.map((request) => request.method)).toEqual([
      'GET',
    ]);
  },
};

/** A B2B customer: company, registration id and the legal entities they belong to. */
export const B2BCustomer: Story = {
  name: 'B2B customer with legal entities',
  parameters: { profileKit: { token: mockTokens.b2bCustomer } },
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const card = await canvas.findByRole('region', { name: /John Michael Doe/ });
    await expect(card).toHaveTextContent('123-456-789');
    const entities = within(card).getByRole('list');
    await expect(within(entities).getByRole('listitem')).toHaveTextContent('Emporix');
    await expect(within(card).getByText(t.labelLegalEntities)).toBeVisible();
  },
};

/** An anonymous token reads the anonymous profile: the card asks the visitor to sign in. */
export const AnonymousVisitor: Story = {
  parameters: { profileKit: { token: mockTokens.anonymous } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    await expect(await canvas.findByText(t.cardAnonymous)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t.signIn }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/** Nobody signed in yet (`session={null}`): the same prompt, and no request at all. */
export const SignedOut: Story = {
  parameters: { profileKit: { session: null } },
  play: async ({ canvas, args, loaded, ...context }) => {
    const t = storyMessages({ args, ...context });
    await expect(await canvas.findByText(t.cardAnonymous)).toBeVisible();
    await expect(loadedKit(loaded).profileApi.requests).toEqual([]);
  },
};

/** The profile request never answers: a busy skeleton with a hidden "Loading…" text. */
export const Loading: Story = {
  parameters: { profileKit: { setup: (api) => api.faults.latency('infinite') } },
  play: async ({ canvasElement, canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    await expect(canvas.getByText(t.loading)).toBeInTheDocument();
    await expect(canvasElement.querySelector('.pk-card')).toHaveAttribute('aria-busy', 'true');
  },
};

/**
 * Reading the profile failed (a 404 here: a status the kit does not retry, unlike 5xx and
 * network errors). Try again reads it once more.
 */
export const LoadError: Story = {
  name: 'Error, then Try again',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(404) } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t.loadErrorNotFound);
    await userEvent.click(within(alert).getByRole('button', { name: t.retry }));
    await expect(await canvas.findByRole('heading', { name: /Anna Schmidt/ })).toBeVisible();
  },
};

/** The storefront's token has expired: the card says so and offers to sign in again. */
export const SessionExpired: Story = {
  name: 'Error: session expired',
  parameters: { profileKit: { token: mockTokens.expired } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t.loadErrorUnauthorized);
    await userEvent.click(within(alert).getByRole('button', { name: t.signInAgain }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/*
 * Load errors that stay on screen, one per kind, so a designer can look at each. Those the
 * kit retries (5xx, network, timeout: three times, 1 s + 2 s + 4 s apart) show their
 * message after about seven seconds, as for a customer; their `findBy…` waits longer.
 */
const afterRetries = { timeout: 20_000 };

/** A signed-in visitor whose token may not read a customer profile (403): sign in as a customer. */
export const Forbidden: Story = {
  name: 'Error: forbidden',
  parameters: { profileKit: { setup: (api) => api.faults.failNext(403, { method: 'GET' }) } },
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t.loadErrorForbidden);
    await expect(within(alert).getByRole('button', { name: t.signIn })).toBeVisible();
  },
};

/** The server fails every read (500), retries included: a message and Try again. */
export const ServerError: Story = {
  name: 'Error: server',
  parameters: {
    profileKit: { setup: (api) => api.faults.failNext(500, { method: 'GET', count: 4 }) },
  },
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const alert = await canvas.findByRole('alert', {}, afterRetries);
    await expect(alert).toHaveTextContent(t.loadErrorServer);
    await expect(within(alert).getByRole('button', { name: t.retry })).toBeVisible();
  },
};

/** Online, but the connection drops on every read, retries included. */
export const NetworkError: Story = {
  name: 'Error: network',
  parameters: {
    profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'GET', count: 4 }) },
  },
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const alert = await canvas.findByRole('alert', {}, afterRetries);
    await expect(alert).toHaveTextContent(t.loadErrorNetwork);
    await expect(within(alert).getByRole('button', { name: t.retry })).toBeVisible();
  },
};

/** The browser is offline: said at once, without retries; the profile loads once back online. */
export const Offline: Story = {
  name: 'Error: offline',
  beforeEach: whileOffline,
  parameters: { profileKit: { setup: (api) => api.faults.networkErrorNext({ method: 'GET' }) } },
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.loadErrorOffline);
  },
};

/** The API never answers, and the client gives up after its `timeoutMs` (250 ms here). */
export const Timeout: Story = {
  name: 'Error: timeout',
  parameters: {
    profileKit: { timeoutMs: 250, setup: (api) => api.faults.latency('infinite') },
  },
  play: async ({ canvas, args, ...context }) => {
    const t = storyMessages({ args, ...context });
    const alert = await canvas.findByRole('alert', {}, afterRetries);
    await expect(alert).toHaveTextContent(t.loadErrorTimeout);
    await expect(within(alert).getByRole('button', { name: t.retry })).toBeVisible();
  },
};

/** Long names, company and email wrap inside the card instead of overflowing it. */
export const LongNames: Story = {
  parameters: {
    profileKit: {
      mock: customerWith({
        title: 'DR',
        firstName: 'Maximiliane Sophie Charlotte Friederike',
        middleName: 'Augusta',
        lastName: 'von Hohenzollern-Sigmaringen-Wolfenbüttel-Schaumburg-Lippe',
        company: 'Schmidt & Söhne Präzisionsfeinmechanik und Messtechnik GmbH & Co. KG',
        contactEmail:
          'maximiliane.von.hohenzollern-sigmaringen@feinmechanik-und-messtechnik.example',
      }),
    },
  },
  play: async ({ canvas }) => {
    const card = await canvas.findByRole('region', { name: /Schaumburg-Lippe/ });
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
  },
};

/**
 * A right-to-left name on a right-to-left page: the layout mirrors through logical
 * properties, and the email and phone still read left to right.
 */
export const RightToLeftName: Story = {
  name: 'Right-to-left name',
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  parameters: {
    profileKit: {
      mock: customerWith({
        title: '',
        firstName: 'ليلى',
        lastName: 'عبد الرحمن',
        company: 'שושנה ובניה בע״מ',
        contactEmail: 'layla@example.com',
        contactPhone: '+971 4 123 4567',
      }),
    },
  },
  play: async ({ canvas }) => {
    const card = await canvas.findByRole('region', { name: 'ليلى عبد الرحمن' });
    await expect(getComputedStyle(card).direction).toBe('rtl');
    const phone = within(card).getByText('+971 4 123 4567');
    await expect(getComputedStyle(phone).direction).toBe('ltr');
  },
};

/** Names that look like markup are shown as text: nothing in them is ever parsed as HTML. */
export const MarkupLookingNames: Story = {
  parameters: {
    profileKit: {
      mock: customerWith({
        firstName: '<b>Anna</b>',
        lastName: '<img src=x onerror="window.__pkStoryHacked=1">',
        company: '<script>alert("pk")</script>',
      }),
    },
  },
  play: async ({ canvas, canvasElement }) => {
    const heading = await canvas.findByRole('heading', { name: /<b>Anna<\/b>/ });
    await expect(heading).toHaveTextContent('<img src=x onerror="window.__pkStoryHacked=1">');
    await expect(canvas.getByText('<script>alert("pk")</script>')).toBeVisible();
    await expect(
      canvasElement.querySelector('.pk-card img, .pk-card b, .pk-card script'),
    ).toBeNull();
    await expect(Reflect.get(window, '__pkStoryHacked')).toBeUndefined();
  },
};

/**
 * The story sets `locale` itself, so the Locale toolbar does not change it; the host page
 * passes the German messages with it, as a host would.
 */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvas }) => {
    const card = await canvas.findByRole('region', { name: 'Frau Anna Schmidt' });
    await expect(card).toHaveTextContent('Euro – EUR');
    await expect(canvas.getByRole('button', { name: 'Profil bearbeiten' })).toBeVisible();
  },
};

/** The host brand theme (only --pk-* custom properties), whatever the Theme toolbar says. */
export const HostBrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvas }) => {
    const card = await canvas.findByRole('region', { name: /Anna Schmidt/ });
    await expect(getComputedStyle(card).backgroundColor).toBe('rgb(251, 248, 241)');
  },
};
