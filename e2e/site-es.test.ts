/** The page checks of e2e/support/page-checks.ts on every Spanish page. */
import { describeLanguagePageChecks } from './support/page-checks.ts';

describeLanguagePageChecks('es');
