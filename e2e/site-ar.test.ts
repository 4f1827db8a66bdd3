/**
 * The page checks of e2e/support/page-checks.ts on every Arabic page (a file
 * per fully checked language, so that Vitest spreads them over its workers).
 */
import { describePageChecks } from './support/page-checks.ts';
import { browserCheckedPaths, languageOf } from './support/site.ts';

describePageChecks(
  'every Arabic page checked in the browser',
  browserCheckedPaths().filter((p) => languageOf(p) === 'ar'),
);
