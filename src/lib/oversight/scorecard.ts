/**
 * Completeness scorecard: does a policy do what NYC Admin. Code § 14-188
 * asks of an impact and use policy? Each criterion is a documented rule over
 * the imported text; each result is pass or fail with the evidence anchor(s)
 * on the policy page, or "not found".
 */
import { SECTIONS, type SectionKey } from '../../schemas/sections.ts';
import { type PolicyBoilerplate, type PolicyText, sectionFigure } from './boilerplate.ts';
import { courtAuthorizationRule, keyFactsFor, sentences } from './key-facts.ts';

/** A section is substantive with at least this many words … */
export const MIN_SECTION_WORDS = 50;
/** … of which at least this many are specific to the policy (not shared with another policy) … */
export const MIN_SPECIFIC_WORDS = 25;
/** … and at least this share of its words are specific: a long section that is almost all boilerplate is not substantive. */
export const MIN_SPECIFIC_SHARE = 0.2;

/** One criterion of the scorecard. */
export interface CriterionDef {
  id: string;
  /** Short label for the citywide table's column. */
  short: string;
  /** The question, as a sentence. */
  label: string;
  group: 'section' | 'ask';
  /** Where the law asks for it. */
  law: string;
  /** The rule that decides pass or fail (shown on the methodology page). */
  rule: string;
}

/** One criterion's result for one policy. */
export interface CriterionResult {
  id: string;
  pass: boolean;
  /** Why it passed or failed, in a sentence (e.g. "14 words, 2 specific to this policy"). */
  note: string;
  /** Anchors on the policy page that show it (section heading, paragraph or list item); empty when not found. */
  evidence: string[];
}

/** A policy's scorecard. */
export interface Scorecard {
  slug: string;
  technology: string;
  results: CriterionResult[];
  passed: number;
  total: number;
}

const LAW = 'NYC Admin. Code § 14-188(a)';

/** Every criterion, in the order the scorecard lists them. */
export const CRITERIA: readonly CriterionDef[] = [
  ...SECTIONS.map((s): CriterionDef => ({
    id: `section-${s.key}`,
    short: s.label,
    label: `The “${s.label}” section is present and substantive.`,
    group: 'section',
    law: LAW,
    rule: `Present: the policy has a section headed “${s.heading}” with at least one paragraph. Substantive: it has at least ${MIN_SECTION_WORDS} words, of which at least ${MIN_SPECIFIC_WORDS} and at least ${MIN_SPECIFIC_SHARE * 100}% are specific to the policy, i.e. not shared nearly verbatim with another policy (see the boilerplate method).`,
  })),
  {
    id: 'ask-court-authorization',
    short: 'Court authorization',
    label: 'States whether court authorization is sought before use, and of which type.',
    group: 'ask',
    law: `${LAW} (rules, processes and guidelines)`,
    rule: 'Passes when the rules section says court authorization is not sought, or names the authorization sought (warrant, court order). A statement that it is not sought answers the question.',
  },
  {
    id: 'ask-encryption',
    short: 'Encryption',
    label: 'Describes encryption of the data.',
    group: 'ask',
    law: `${LAW} (safeguards and security measures)`,
    rule: 'Passes when any sentence names encryption of the data (in transit or at rest).',
  },
  {
    id: 'ask-access-control',
    short: 'Access control',
    label: 'Describes access control.',
    group: 'ask',
    law: `${LAW} (safeguards and security measures)`,
    rule: 'Passes when the safeguards or retention section says who has access and that it is limited, removed or restricted (or follows least privilege).',
  },
  ...(
    [
      ['local', 'Local entities'],
      ['state', 'State entities'],
      ['federal', 'Federal entities'],
      ['private', 'Private entities'],
    ] as const
  ).map(([id, short]): CriterionDef => ({
    id: `ask-entity-${id}`,
    short,
    label: `Says whether ${short.toLowerCase()} have access to the data.`,
    group: 'ask',
    law: `${LAW} (external entities)`,
    rule:
      id === 'private'
        ? 'Passes when the external-entities section names vendors, contractors or private entities.'
        : `Passes when a sentence of the external-entities section names ${id} agencies or entities (for “local”, also data given to city agencies).`,
  })),
  {
    id: 'ask-retention',
    short: 'Retention stated',
    label: 'States how long the data is retained.',
    group: 'ask',
    law: `${LAW} (retention, access and use of the data)`,
    rule: 'Passes when the retention section states a period (a number of days, months or years) or says records are kept permanently. Periods quoted from a general records schedule count, but the key facts say which.',
  },
  {
    id: 'ask-health-safety',
    short: 'Health & safety substantive',
    label: 'Reports health and safety issues, or the basis for finding none, in substance.',
    group: 'ask',
    law: `${LAW} (health and safety reporting)`,
    rule: `Passes when the health and safety section is substantive (as for every section: ${MIN_SECTION_WORDS}+ words, ${MIN_SPECIFIC_WORDS}+ and ${MIN_SPECIFIC_SHARE * 100}%+ specific to the policy). A bare “There are no known health and safety issues” answers the question but gives no basis (no testing, exposure or source named), so it does not pass.`,
  },
];

const ENTITY_PATTERNS: Record<string, RegExp> = {
  local: /\blocal\b[^.]*(?:agenc|entit|level|law enforcement)|\b(?:to|and) city agencies/i,
  state: /\bstate\b[^.]*(?:agenc|entit|level)|\blocal, state\b/i,
  federal: /\bfederal\b[^.]*(?:agenc|entit|level)|\bstate,? and federal\b/i,
  private: /\bvendors?\b|\bcontractors?\b|\bprivate (?:entit|compan|part)/i,
};

function sectionResult(
  policy: PolicyText,
  bp: PolicyBoilerplate,
  key: SectionKey,
): CriterionResult {
  const id = `section-${key}`;
  const section = policy.sections.find((s) => s.key === key);
  if (!section || section.paragraphs.length === 0)
    return { id, pass: false, note: 'Missing: the policy has no such section.', evidence: [] };
  const fig = sectionFigure(bp, key);
  const words = fig?.words ?? 0;
  const specific = words - (fig?.sharedWords ?? 0);
  const pass =
    words >= MIN_SECTION_WORDS &&
    specific >= MIN_SPECIFIC_WORDS &&
    specific >= MIN_SPECIFIC_SHARE * words;
  const label = SECTIONS.find((s) => s.key === key)?.label ?? key;
  return {
    id,
    pass,
    note: pass
      ? `Substantive: ${sectionCounts(words, specific)}.`
      : `${label}: ${whyNotSubstantive(words, specific)}`,
    evidence: [key],
  };
}

/** "70 words, 40 (57%) specific to this policy". */
function sectionCounts(words: number, specific: number): string {
  const pct = words > 0 ? Math.round((specific / words) * 100) : 0;
  return `${words} words, ${specific} (${pct}%) specific to this policy`;
}

/**
 * Why a present section is not substantive, in a sentence that names the
 * rule it misses, e.g. "38 words; a section needs at least 50 words, 25 of
 * them not shared with other policies."
 */
export function whyNotSubstantive(words: number, specific: number): string {
  const share = `${MIN_SPECIFIC_SHARE * 100}%`;
  if (words < MIN_SECTION_WORDS)
    return `${words} words; a section needs at least ${MIN_SECTION_WORDS} words, ${MIN_SPECIFIC_WORDS} of them not shared with other policies.`;
  if (specific < MIN_SPECIFIC_WORDS)
    return `${words} words, but only ${specific} not shared with other policies; a section needs at least ${MIN_SPECIFIC_WORDS} words of its own.`;
  const pct = Math.round((specific / words) * 100);
  return `${words} words, but only ${specific} (${pct}%) not shared with other policies; at least ${share} of a section's words must be its own.`;
}

function fromFact(
  id: string,
  evidence: readonly string[],
  yes: string,
  no: string,
): CriterionResult {
  return evidence.length > 0
    ? { id, pass: true, note: yes, evidence: [...evidence] }
    : { id, pass: false, note: no, evidence: [] };
}

/**
 * Scores one policy. `bp` is the policy's boilerplate measure (for the
 * "substantive" rule); key facts are read by rule only, so a curated value
 * cannot make a criterion pass.
 */
export function scorePolicy(policy: PolicyText, bp: PolicyBoilerplate): Scorecard {
  if (bp.slug !== policy.slug)
    throw new Error(`scorePolicy: boilerplate of "${bp.slug}" given for "${policy.slug}"`);
  const facts = new Map(keyFactsFor(policy).map((f) => [f.factId, f]));
  const cites = (factId: string) => facts.get(factId)?.citations ?? [];
  const results: CriterionResult[] = [];
  for (const s of SECTIONS) results.push(sectionResult(policy, bp, s.key));

  const court = courtAuthorizationRule(policy);
  results.push(
    court.status === 'stated'
      ? {
          id: 'ask-court-authorization',
          pass: true,
          note: `${court.value}.`,
          evidence: court.citations,
        }
      : {
          id: 'ask-court-authorization',
          pass: false,
          note: 'Not found in the rules section.',
          evidence: [],
        },
  );
  results.push(
    fromFact(
      'ask-encryption',
      [...new Set([...cites('encryption-transit'), ...cites('encryption-rest')])],
      'Encryption is described.',
      'No sentence names encryption.',
    ),
  );
  results.push(
    fromFact(
      'ask-access-control',
      cites('access-control'),
      'Access limits are described.',
      'Not found.',
    ),
  );
  const ext = sentences(policy.sections, ['external-entities']);
  for (const kind of ['local', 'state', 'federal', 'private'] as const) {
    const re = ENTITY_PATTERNS[kind] as RegExp;
    const ids = [...new Set(ext.filter((s) => re.test(s.text)).map((s) => s.id))];
    results.push(
      fromFact(
        `ask-entity-${kind}`,
        ids,
        `Named in the external-entities section.`,
        'Not named in the external-entities section.',
      ),
    );
  }
  const periods = sentences(policy.sections, ['retention']).filter((s) =>
    /\(\d+\)\s*(?:days?|months?|years?)|\b\d+\s*(?:days?|months?|years?)\b|\bpermanently\b/i.test(
      s.text,
    ),
  );
  results.push(
    fromFact(
      'ask-retention',
      [...new Set(periods.map((s) => s.id))],
      'A retention period is stated.',
      'No retention period is stated in the retention section.',
    ),
  );
  const hs = sectionResult(policy, bp, 'health-safety');
  const hsEvidence =
    policy.sections.find((s) => s.key === 'health-safety')?.paragraphs.map((p) => p.id) ?? [];
  results.push({
    id: 'ask-health-safety',
    pass: hs.pass,
    note: hs.pass
      ? hs.note
      : hsEvidence.length > 0
        ? `Answered without substance: ${hs.note.replace(/^[^:]+: /, '')}`
        : 'Not found: the policy has no health and safety section.',
    evidence: hsEvidence,
  });

  const passed = results.filter((r) => r.pass).length;
  return {
    slug: policy.slug,
    technology: policy.technology,
    results,
    passed,
    total: results.length,
  };
}

/** Looks up a criterion definition by id. */
export function criterion(id: string): CriterionDef | undefined {
  return CRITERIA.find((c) => c.id === id);
}
