/**
 * The page checks of e2e/support/page-checks.ts on the translated pages not
 * checked in a file of their own: a sample of each language not in
 * CHECKED_IN_FULL (every page of it with PP_CHECK_EVERY_LANGUAGE=1). Every
 * language in CHECKED_IN_FULL is checked in full by e2e/site-<lang>.test.ts,
 * and English by e2e/site.test.ts.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePageChecks } from './support/page-checks.ts';
import { CHECKED_IN_FULL, browserCheckedPaths, languageOf } from './support/site.ts';

describe('the page checks of the languages checked in full', () => {
  it.each(CHECKED_IN_FULL)(
    '%s has its test file, so that none of its pages goes unchecked',
    (lang) => {
      expect(existsSync(new URL(`./site-${lang}.test.ts`, import.meta.url))).toBe(true);
    },
  );
});

describePageChecks(
  'a sample of the pages of every other language checked in the browser',
  browserCheckedPaths().filter(
    (p) => languageOf(p) !== '' && !CHECKED_IN_FULL.includes(languageOf(p)),
  ),
);
