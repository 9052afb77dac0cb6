import { ProfileCard, ProfileForm } from '@profile-kit/components';
import { createProfileClient, ProfileKitProvider } from '@profile-kit/hooks';
import { createProfileApiMock, mockSites, mockTokens } from '@profile-kit/mock-api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { userEvent } from '@testing-library/user-event';
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { BaselineProfileForm } from './baseline-profile-form.js';

/*
 * The example page's profile part — ProfileCard and ProfileForm side by side, on the
 * mock API, with the mock's Swiss site — rendered in jsdom. Requests are counted at
 * the client's `fetch`; renders with React's Profiler and the DevTools hook (see
 * dom-env.mjs). Run by run-react-bench.mjs.
 */

export interface RenderRecorder {
  start(): void;
  stop(): { commits: number; rendered: { name: string; fiber: unknown }[] };
}
export type IsInsideField = (fiber: unknown, field: string) => boolean;

interface SentRequest {
  method: string;
  url: string;
  bodyBytes: number;
  body: string | undefined;
}

type FormKind = 'kit' | 'baseline';

// A site with a choice of currencies, as the page gets it (its languages, currencies, names).
const site = mockSites.ch;
const sites = Object.values(mockSites);

function pause(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor<T>(what: string, find: () => T | null | undefined | false): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(5);
  }
}

async function mountPage(kind: FormKind) {
  const mock = createProfileApiMock();
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined;
    sent.push({
      method: (init?.method ?? 'GET').toUpperCase(),
      url: String(input),
      bodyBytes: body === undefined ? 0 : new TextEncoder().encode(body).length,
      body,
    });
    return mock.fetch(input, init);
  };
  const client = createProfileClient({
    tenant: mock.tenant,
    baseUrl: mock.baseUrl,
    getAccessToken: () => mockTokens.customer,
    fetch: recordingFetch,
  });
  // As the example page creates it: TanStack Query's defaults.
  const queryClient = new QueryClient();
  const formCommits = { count: 0 };
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={queryClient}>
      <ProfileKitProvider client={client} session="anna">
        <main>
          <ProfileCard locale="en" sites={sites} />
          <Profiler
            id="form"
            onRender={() => {
              formCommits.count += 1;
            }}
          >
            {kind === 'kit' ? (
              <ProfileForm
                locale="en"
                languages={site.languages}
                currencies={site.availableCurrencies}
                sites={sites}
              />
            ) : (
              <BaselineProfileForm
                languages={site.languages}
                currencies={site.availableCurrencies ?? []}
                sites={sites}
              />
            )}
          </Profiler>
        </main>
      </ProfileKitProvider>
    </QueryClientProvider>,
  );
  await waitFor('the card', () => container.querySelector('section[data-state="ready"]'));
  const form = await waitFor('the form', () =>
    container.querySelector<HTMLFormElement>('form[data-state="idle"]'),
  );
  await pause(100);
  const user = userEvent.setup({ document, delay: null });
  const input = (name: string) => {
    const element = form.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!element) throw new Error(`no field ${name}`);
    return element;
  };
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!submit) throw new Error('no submit button');
  return {
    sent,
    form,
    user,
    input,
    submit,
    formCommits,
    unmount() {
      root.unmount();
      container.remove();
      queryClient.clear();
    },
  };
}

const count = (requests: readonly SentRequest[], method: string) =>
  requests.filter((request) => request.method === method).length;

/** GETs with card and form mounted, requests for one save and for an invalid submit. */
export async function measureRequests(kind: FormKind) {
  const page = await mountPage(kind);
  const getsOnMount = count(page.sent, 'GET');

  // One save: a new phone number, nothing else.
  let mark = page.sent.length;
  await page.user.clear(page.input('contactPhone'));
  await page.user.type(page.input('contactPhone'), '+49 30 9876543');
  await page.user.click(page.submit);
  await waitFor('the save', () => page.form.dataset.state === 'saved');
  await pause(150);
  const save = page.sent.slice(mark);
  const patch = save.find((request) => request.method === 'PATCH');

  // An invalid submit: an email address without a domain.
  mark = page.sent.length;
  await page.user.clear(page.input('contactEmail'));
  await page.user.type(page.input('contactEmail'), 'anna@');
  await page.user.click(page.submit);
  if (kind === 'kit') {
    await waitFor(
      'the error',
      () => page.input('contactEmail').getAttribute('aria-invalid') === 'true',
    );
  }
  await pause(150);
  const invalid = page.sent.slice(mark);
  page.unmount();
  return {
    getsOnMount,
    save: { patches: count(save, 'PATCH'), gets: count(save, 'GET'), total: save.length },
    invalidSubmit: { total: invalid.length },
    patchBodyBytes: patch?.bodyBytes ?? 0,
    patchBody: patch?.body ?? '',
  };
}

/**
 * Types `text` at the end of one field, one character at a time, and records per
 * character the commits (React Profiler around the form; DevTools hook for the page) and
 * the components that rendered, split into inside and outside the typed field.
 */
export async function measureTyping(
  kind: FormKind,
  recorder: RenderRecorder,
  isInsideField: IsInsideField,
  field: string,
  text: string,
) {
  const page = await mountPage(kind);
  const input = page.input(field);
  await page.user.click(input);
  input.setSelectionRange(input.value.length, input.value.length);
  await pause(20);
  const perCharacter: {
    formCommits: number;
    pageCommits: number;
    renders: number;
    outsideField: string[];
    components: string[];
  }[] = [];
  for (const character of text) {
    page.formCommits.count = 0;
    recorder.start();
    await page.user.keyboard(character);
    await pause(5);
    const window = recorder.stop();
    perCharacter.push({
      formCommits: page.formCommits.count,
      pageCommits: window.commits,
      renders: window.rendered.length,
      outsideField: window.rendered
        .filter((component) => !isInsideField(component.fiber, field))
        .map((component) => component.name),
      components: window.rendered.map((component) => component.name),
    });
  }
  const typed = input.value;
  page.unmount();
  return { typed, perCharacter };
}
