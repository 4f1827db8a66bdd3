/**
 * The page checks of e2e/support/page-checks.ts on the translated pages:
 * every Spanish, Arabic and Chinese page, a sample in the other languages
 * (every page of every language with PP_CHECK_EVERY_LANGUAGE=1). A file of
 * its own so that Vitest runs it beside e2e/site.test.ts.
 */
import { describePageChecks } from './support/page-checks.ts';
import { browserCheckedPaths, languageOf } from './support/site.ts';

describePageChecks(
  'every translated page checked in the browser',
  browserCheckedPaths().filter((p) => languageOf(p) !== ''),
);
