/**
 * Debian's Chromium through playwright-core, launched the same way by the
 * browser tests (e2e/) and the search benchmark (scripts/bench-search.ts).
 */
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep Chromium off the (closed) network and quiet in CI.
 *
 * `--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup`: Chromium 156's
 * headless mode opens a real browser window per context, and each window
 * loads the address bar's WebUI popups (chrome://omnibox-popup.top-chrome/,
 * a Lit application) in a renderer of their own that nothing here ever shows.
 * Measured on the 2-core machine (2026-12-04): one launch with one context
 * 2.6 s of Chromium CPU with them, 1.4 s without; six contexts 11.2 s
 * against 3.3 s. That work competed with the page being measured or printed.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export interface Session {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Launches Chromium. playwright-core gives every launch a fresh temporary
 * profile of its own (it refuses a --user-data-dir argument) and removes it
 * on close.
 */
export async function launch(): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
}
