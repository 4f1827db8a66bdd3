/** The page checks of e2e/support/page-checks.ts on every Arabic page. */
import { describeLanguagePageChecks } from './support/page-checks.ts';

describeLanguagePageChecks('ar');
