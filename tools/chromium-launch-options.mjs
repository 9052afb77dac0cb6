/**
 * Debian's Chromium, launched the way this project's machines allow: a downloaded browser
 * cannot work here, and without the background-networking flags Chromium floods the
 * closed network with connection attempts. Plain JavaScript, so Node scripts and the
 * TypeScript configs and tests share it (types in the .d.mts beside it).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
