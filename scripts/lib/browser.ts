/**
 * Debian's Chromium through playwright-core, launched the same way by the
 * browser tests (e2e/) and the search benchmark (scripts/bench-search.ts).
 */
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the (closed) network and quiet in CI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
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
