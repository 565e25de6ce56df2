import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium where it is installed (CI, our machines); Playwright's own browser elsewhere. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

export const launchOptions: LaunchOptions = {
  ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Each new tab otherwise preloads the browser's own omnibox popup (a WebUI page in a renderer of
    // its own): about 0.4 s of CPU per tab, on two cores, beside the page under test.
    '--disable-features=PreloadTopChromeWebUI',
  ],
};
