import '@profile-kit/components/styles.css';
import './host-brand-theme.css';
import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { storyLocales, withHostPage } from './host-page.js';
import { profileKitLoader, withProfileKit } from './profile-kit-story.js';

// A ceiling, not an expectation: a CI machine with two cores runs both Storybook projects
// beside the other browser suites, and the first story's MSW worker and module graph can
// take longer than Testing Library's default one second to answer a `findBy…`.
configure({ asyncUtilTimeout: 10_000 });

const preview: Preview = {
  // The host page (theme, locale) wraps the providers, which wrap the story.
  decorators: [withProfileKit, withHostPage],
  loaders: [profileKitLoader],
  globalTypes: {
    theme: {
      description: 'The host page’s theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default tokens' },
          { value: 'dark', title: 'Dark (data-pk-color-scheme="dark")' },
          { value: 'brand', title: 'Host brand (--pk-* only)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'UI locale passed to the components’ locale prop, with its messages',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: storyLocales.map((locale) => ({ value: locale, title: locale })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story's test, in Vitest and in the a11y panel alike.
    a11y: { test: 'error' },
    controls: { exclude: ['ref'] },
    options: {
      storySort: {
        order: [
          'Guides',
          ['Getting started', 'Theming', 'i18n', 'Testing your app'],
          'Components',
          'Compositions',
        ],
      },
    },
  },
};

export default preview;
