/**
 * The browser tests' page: a fresh context that keeps the site on 127.0.0.1
 * (every other request is aborted and recorded) and records console errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  /** Every request that tried to leave 127.0.0.1 (it was aborted). */
  offOrigin: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/**
 * Opens a page in a new context that aborts and records any request not
 * addressed to 127.0.0.1, and records console errors.
 */
export async function openPage(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const offOrigin: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local =
      url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    offOrigin.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, context, offOrigin, errors };
}
