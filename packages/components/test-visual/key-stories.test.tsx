import { composeStories } from '@storybook/react-vite';
import { clearAllMocks, userEvent as storyUserEvent, within } from 'storybook/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import preview from '../../../.storybook/preview.js';
import * as cardStories from '../stories/profile-card.stories.js';
import * as formStories from '../stories/profile-form.stories.js';
import { screenshotPage } from './screenshot-page.js';

/*
 * The key stories compared pixel by pixel to the committed screenshots in reference-screenshots/
 * (`pnpm vitest run --project visual --update` writes them anew; look at the diff before
 * committing). Each story runs as in Storybook — loaders, mock API, play function — and is
 * captured once its play function has seen its state.
 */
const card = composeStories(cardStories, preview);
const form = composeStories(formStories, preview);

const stories = {
  card: card.B2CCustomer,
  'card-skeleton': card.Loading,
  'card-session-expired': card.SessionExpired,
  'card-forbidden': card.Forbidden,
  'card-offline': card.Offline,
  form: form.Default,
  'form-field-errors': form.ClientValidationErrors,
  'form-save-error': form.SaveServerError,
  'form-saving': form.SavingInProgress,
  'form-conflict': form.ConflictOpen,
};

/** The toolbar's theme and locale, and the page's direction. */
const variants = {
  light: { globals: {}, dir: 'ltr' },
  dark: { globals: { theme: 'dark' }, dir: 'ltr' },
  rtl: { globals: {}, dir: 'rtl' },
  de: { globals: { locale: 'de' }, dir: 'ltr' },
} as const;

/** A phone's width and a desktop's; 1800 px high (the browser window's height in vite.config.ts), so the tallest story fits the first view: an element screenshot does not scroll. */
const widths = { '320': 320, desktop: 1280 } as const;

beforeAll(screenshotPage);

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
});

describe.each(Object.entries(widths))('%s px', (widthName, width) => {
  describe.each(Object.entries(variants))('%s', (variantName, variant) => {
    test.each(Object.entries(stories))('%s', async (storyName, Story) => {
      await page.viewport(width, 1800);
      // The stories' `fn()` args are shared by every run, as in Storybook between stories.
      clearAllMocks();
      container = document.createElement('div');
      container.dir = variant.dir;
      document.body.append(container);
      // A docs page's context: each story's client calls its own mock's fetch, so no
      // service worker is needed, and the host page is as tall as the story.
      await Story.run({
        canvasElement: container,
        viewMode: 'docs',
        // What Storybook's test annotations give a play function.
        canvas: within(container),
        userEvent: storyUserEvent.setup(),
        globals: { ...Story.globals, ...variant.globals },
      });
      // The state without the play function's last click: no hover, no focus ring.
      await userEvent.unhover(container);
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      await document.fonts.ready;
      // Generous waits for two equal captures in a row: on a loaded two-core CI machine the
      // first stable screenshot can take longer than the 5 s default.
      await expect
        .element(page.elementLocator(container), { timeout: 60_000 })
        .toMatchScreenshot(`${storyName}-${variantName}-${widthName}`, { timeout: 30_000 });
    });
  });
});
