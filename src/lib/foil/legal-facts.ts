/**
 * Reading the legal facts (`data/foil/legal-facts.json`) at build time: the
 * whole-file check, the lookup by id, and the FOIL terms (periods and
 * citations) the deadline calculator and the letters are given. Pure: the
 * pages load the collection and pass the facts in. Build-time only (it reads
 * the schemas, so browser code imports `terms.ts` instead).
 */
import {
  type LegalFact,
  type LegalFactId,
  LegalFactsFileSchema,
  PERIOD_FACTS,
  type Period,
  type PeriodFactId,
} from '../../schemas/foil.ts';
import { type FoilTerms, QUOTED_LAW_FACTS, numberWord, unitWords } from './terms.ts';

/** Where the legal facts live, for error messages. */
export const LEGAL_FACTS_FILE = 'data/foil/legal-facts.json';

/**
 * Checks the facts as a whole (every fact of LEGAL_FACT_IDS present, once, and
 * no other); throws one error listing every problem with where it is.
 */
export function checkLegalFacts(facts: readonly unknown[], file: string = LEGAL_FACTS_FILE): void {
  const r = LegalFactsFileSchema.safeParse(facts);
  if (r.success) return;
  throw new Error(
    r.error.issues
      .map((i) => `${file}${i.path.length ? ` [${i.path.join('].[')}]` : ''}: ${i.message}`)
      .join('\n'),
  );
}

/** A lookup of facts by id that throws, naming the file, for a fact the file lacks. */
export function legalFactLookup(
  facts: readonly LegalFact[],
  file: string = LEGAL_FACTS_FILE,
): (id: LegalFactId) => LegalFact {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return (id) => {
    const f = byId.get(id);
    if (!f) throw new Error(`${file} has no fact "${id}"; add it or fix the id.`);
    return f;
  };
}

/** True when a statement gives the period in words or digits ("five business days", "30 days"). */
export function statesPeriod(statement: string, period: Period): boolean {
  const text = statement.toLowerCase();
  const unit = unitWords(period);
  return [String(period.count), numberWord(period.count)].some((n) =>
    text.includes(`${n} ${unit}`),
  );
}

/**
 * The periods and citations the deadline calculator and the letters use,
 * read from the facts. Throws, naming the file, the fact and the fix, when a
 * fact is missing, lacks its period or citation, or states a period its
 * statement contradicts.
 */
export function foilTerms(facts: readonly LegalFact[], file: string = LEGAL_FACTS_FILE): FoilTerms {
  const fact = legalFactLookup(facts, file);
  const periods: Partial<Record<PeriodFactId, Period>> = {};
  for (const id of Object.keys(PERIOD_FACTS) as PeriodFactId[]) {
    const f = fact(id);
    const unit = PERIOD_FACTS[id];
    if (f.period?.unit !== unit)
      throw new Error(
        `${file}: fact "${id}" needs "period": { "count": <n>, "unit": "${unit}" }; the deadline calculator and the letters count it.`,
      );
    if (!statesPeriod(f.statement, f.period))
      throw new Error(
        `${file}: fact "${id}" has "period" ${f.period.count} ${f.period.unit}, but its statement does not say "${numberWord(f.period.count)} ${unitWords(f.period)}" (or "${f.period.count} ${unitWords(f.period)}"); make the two agree.`,
      );
    periods[id] = { count: f.period.count, unit: f.period.unit };
  }
  const laws: Partial<Record<(typeof QUOTED_LAW_FACTS)[number], string>> = {};
  for (const id of QUOTED_LAW_FACTS) {
    const f = fact(id);
    const law = f.statute ?? f.law;
    if (!law)
      throw new Error(
        `${file}: fact "${id}" needs "law" (the citation the letters quote, e.g. "Public Officers Law § 89(3)(a)").`,
      );
    laws[id] = law;
  }
  return { periods: periods as FoilTerms['periods'], laws: laws as FoilTerms['laws'] };
}
