/** The page checks of e2e/support/page-checks.ts on every Simplified Chinese page. */
import { describeLanguagePageChecks } from './support/page-checks.ts';

describeLanguagePageChecks('zh-hans');
