/** The page checks of e2e/support/page-checks.ts on every Traditional Chinese page. */
import { describeLanguagePageChecks } from './support/page-checks.ts';

describeLanguagePageChecks('zh-hant');
