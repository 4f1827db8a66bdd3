/**
 * The real legal facts and the FOIL terms read from them, for unit tests: the
 * deadline and letter tests count with the periods the site publishes.
 */
import { readFileSync } from 'node:fs';
import { LegalFactsFileSchema } from '../../../schemas/foil.ts';
import { foilTerms } from '../legal-facts.ts';

/** `data/foil/legal-facts.json`, parsed and validated. */
export const legalFacts = LegalFactsFileSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../../../data/foil/legal-facts.json', import.meta.url), 'utf8'),
  ),
);

/** The terms the pages pass to the calculator and the letters. */
export const terms = foilTerms(legalFacts);
