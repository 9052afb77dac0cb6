import type { Decorator } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { messagesForLocale } from '../packages/components/stories/story-messages.js';

/** The Theme toolbar's values: the kit's defaults, dark mode, and a host brand. */
export const storyThemes = ['default', 'dark', 'brand'] as const;
export type StoryTheme = (typeof storyThemes)[number];

/** The Locale toolbar's values: the languages the kit ships texts for (English built in, German opt-in). */
export const storyLocales = ['en', 'de'] as const;
export type StoryLocale = (typeof storyLocales)[number];

export function toStoryTheme(value: unknown): StoryTheme {
  return storyThemes.find((theme) => theme === value) ?? 'default';
}

export function toStoryLocale(value: unknown): StoryLocale {
  return storyLocales.find((locale) => locale === value) ?? 'en';
}

// Dark mode as a host page switches it: data-pk-color-scheme="dark" on an ancestor flips
// the kit's defaults; the page's own background and text go dark with it, so axe
// measures the page a customer would see. The colours are the kit's dark surface pair.
const darkPage: CSSProperties = {
  colorScheme: 'dark',
  backgroundColor: '#0d1117',
  color: '#e6edf3',
};

/**
 * The host page around every story: the toolbar's theme on a wrapper (the brand theme is
 * only a class from host-brand-theme.css), `lang` for the UI language, and the toolbar's
 * locale passed to the component's `locale` prop — unless the story sets `locale` itself —
 * with the messages for it, as a host passes German ones (unless the story sets `messages`).
 */
export const withHostPage: Decorator = (Story, context) => {
  const theme = toStoryTheme(context.globals.theme);
  const locale: string =
    typeof context.args.locale === 'string'
      ? context.args.locale
      : toStoryLocale(context.globals.locale);
  return (
    <div
      // sb-unstyled keeps the docs page's own typography off the kit, as a host page would.
      className={theme === 'brand' ? 'sb-unstyled host-brand' : 'sb-unstyled'}
      data-story-theme={theme}
      data-pk-color-scheme={theme === 'dark' ? 'dark' : undefined}
      lang={locale}
      style={{
        ...(theme === 'dark' ? darkPage : {}),
        // The page's own font, which the kit inherits (--pk-font-family defaults to inherit).
        fontFamily: 'system-ui, sans-serif',
        padding: '1rem',
        // A whole dark page in the canvas; in docs each story stays as tall as it is.
        minBlockSize: context.viewMode === 'story' ? '100vh' : undefined,
        boxSizing: 'border-box',
      }}
    >
      <Story
        args={{
          ...context.args,
          locale,
          messages: context.args.messages ?? messagesForLocale(locale),
        }}
      />
    </div>
  );
};
