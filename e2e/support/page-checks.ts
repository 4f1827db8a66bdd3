/**
 * The checks every page in the browser gets, in one visit: no axe violation
 * (WCAG 2.2 AA), no console error, no request off 127.0.0.1, and none of
 * the project's internal notes (words or marks) in its visible text or HTML.
 * Shared by e2e/site.test.ts (English), e2e/site-<lang>.test.ts (each
 * language checked in full) and e2e/site-translated.test.ts (a sample of
 * the other languages).
 *
 * The pages of one list are visited one after the other in one guarded tab
 * (e2e/support/page.ts), its records emptied before each visit: a fresh
 * context per page cost about 0.3 s to open and a new renderer, in which
 * axe's 0.5 MB script took twice as long to start (about 0.4 against 0.2 s),
 * for some 200 pages per CI run. The site keeps no state in the browser
 * (no cookies, no storage, no service worker) and the test server sends no
 * cache headers, so a visit cannot pass because of an earlier one; an error
 * logged late by the previous page could only fail the next visit, not hide
 * anything. axe is part of the tab's every page (`installAxe`), compiled
 * once.
 *
 * The lists are split over those files so that no one file holds the run
 * up: on a fresh clone Vitest starts the larger files first, and these files
 * are small, so they start last (the one file of 159 translated pages,
 * started among the last, took 161 s of a CI run's 584 s of tests).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from '../../scripts/lib/browser.ts';
import { type Locale, localeInfo } from '../../src/i18n/locales.ts';
import { axeViolations, describeViolations, installAxe } from './axe.ts';
import { type GuardedPage, openPage } from './page.ts';
import { SITE_DIR, browserCheckedPaths, languageOf } from './site.ts';

/** Words and marks of the project's notes that must never reach a public page. */
export const FORBIDDEN = ['UNCERTAIN', 'cumulative?', 'excerpt cut', '`'];

/** The built file of a site path. */
function builtFile(p: string): string {
  return path.join(SITE_DIR, p.endsWith('.html') ? p : path.join(p, 'index.html'));
}

/** Declares one test per path: the page checks above. */
export function describePageChecks(title: string, paths: readonly string[]): void {
  const base = inject('baseURL');
  describe(title, () => {
    let session: Session;
    let tab: GuardedPage;
    beforeAll(async () => {
      session = await launch();
      tab = await openPage(session.browser);
      await installAxe(tab.context);
    });
    afterAll(async () => {
      await tab.context.close();
      await session.close();
    });

    it.each(paths)(
      '%s has no axe violations (WCAG 2.2 AA), no console errors, no off-origin request and no internal note',
      async (p) => {
        const { page, offOrigin, errors } = tab;
        offOrigin.length = 0;
        errors.length = 0;
        const res = await page.goto(base + p, { waitUntil: 'load' });
        expect(res?.status(), `${p} status`).toBe(200);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(p, violations)).toEqual([]);
        expect(offOrigin, `${p} requested another origin`).toEqual([]);
        expect(errors, `${p} console errors`).toEqual([]);
        const visible = await page.evaluate<string>('document.body.innerText');
        const outsideScripts = readFileSync(builtFile(p), 'utf8').replace(
          /<script\b[\s\S]*?<\/script>/g,
          '',
        );
        for (const word of FORBIDDEN) {
          expect(visible.includes(word), `${p} shows "${word}"`).toBe(false);
          expect(outsideScripts.includes(word), `${p} HTML holds "${word}"`).toBe(false);
        }
      },
    );
  });
}

/** The page checks on every page of one language checked in full (e2e/site-<lang>.test.ts). */
export function describeLanguagePageChecks(lang: Locale): void {
  describePageChecks(
    `every ${localeInfo(lang).englishName} page checked in the browser`,
    browserCheckedPaths().filter((p) => languageOf(p) === lang),
  );
}
