import boldFont from '../../../node_modules/storybook/assets/browser/nunito-sans-bold.woff2?url';
import regularFont from '../../../node_modules/storybook/assets/browser/nunito-sans-regular.woff2?url';

/*
 * Screenshots that read the same on every machine: one font served with the tests (the
 * Nunito Sans that the pinned Storybook ships, not whatever system-ui resolves to on a
 * machine), no animations or transitions mid-way, no blinking caret, no scrollbars.
 */
const css = `
@font-face { font-family: 'PK Visual'; src: url('${regularFont}') format('woff2'); font-weight: 400; }
@font-face { font-family: 'PK Visual'; src: url('${boldFont}') format('woff2'); font-weight: 700; }
html, body, [data-story-theme] { font-family: 'PK Visual', sans-serif !important; }
html { scrollbar-width: none; }
body { margin: 0; }
*, *::before, *::after {
  animation: none !important;
  transition: none !important;
  caret-color: transparent !important;
}
`;

/** Adds the fixed font and the still page to the test document, and loads both faces. */
export async function screenshotPage(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  await Promise.all([
    document.fonts.load("400 16px 'PK Visual'"),
    document.fonts.load("700 16px 'PK Visual'"),
  ]);
}
