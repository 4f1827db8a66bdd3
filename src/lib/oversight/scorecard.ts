/**
 * Completeness scorecard: does a policy do what NYC Admin. Code § 14-188
 * asks of an impact and use policy? Each criterion is a documented rule over
 * the imported text; each result is pass or fail with the evidence anchor(s)
 * on the policy page, or "not found".
 */
import { SECTIONS, type SectionKey } from '../../schemas/sections.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { prose, t } from '../../i18n/messages.ts';
import scorecardWords from '../../i18n/messages/policy-scorecard.ts';
import scorecardProse from '../../i18n/messages/policy-scorecard-prose.ts';
import { sectionLabelIn } from '../policy/section-labels.ts';
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

/** A count in a reason or rule: as it always was in English, else written for the language. */
function n(locale: Locale, value: number): string {
  return locale === DEFAULT_LOCALE ? String(value) : formatNumber(locale, value);
}

/** A criterion in another language; `proseTranslated` is false when `law` and `rule` are still English. */
export interface LocalizedCriterionDef extends CriterionDef {
  proseTranslated: boolean;
}

const ENTITY_KINDS = [
  ['local', 'Local'],
  ['state', 'State'],
  ['federal', 'Federal'],
  ['private', 'Private'],
] as const;

/**
 * Every criterion, in the order the scorecard lists them, worded in `locale`:
 * the short label and the question always (interface words); the law and the
 * rule when translated, else in English with `proseTranslated: false`.
 */
export function criteriaIn(locale: Locale = DEFAULT_LOCALE): LocalizedCriterionDef[] {
  const m = t(scorecardWords, locale);
  const p = prose(scorecardProse, locale);
  const r = p.m;
  const lang = p.lang;
  const share = formatPercent(lang, MIN_SPECIFIC_SHARE * 100);
  const base = { proseTranslated: p.translated };
  return [
    ...SECTIONS.map((s): LocalizedCriterionDef => {
      const label = sectionLabelIn(s.key, locale);
      return {
        ...base,
        id: `section-${s.key}`,
        short: label,
        label: m.labelSection(label),
        group: 'section',
        law: LAW,
        rule: r.ruleSection(
          s.heading,
          n(lang, MIN_SECTION_WORDS),
          n(lang, MIN_SPECIFIC_WORDS),
          share,
        ),
      };
    }),
    {
      ...base,
      id: 'ask-court-authorization',
      short: m.shortCourt,
      label: m.labelCourt,
      group: 'ask',
      law: `${LAW} ${r.lawRules}`,
      rule: r.ruleCourt,
    },
    {
      ...base,
      id: 'ask-encryption',
      short: m.shortEncryption,
      label: m.labelEncryption,
      group: 'ask',
      law: `${LAW} ${r.lawSafeguards}`,
      rule: r.ruleEncryption,
    },
    {
      ...base,
      id: 'ask-access-control',
      short: m.shortAccess,
      label: m.labelAccess,
      group: 'ask',
      law: `${LAW} ${r.lawSafeguards}`,
      rule: r.ruleAccess,
    },
    ...ENTITY_KINDS.map(([id, Kind]): LocalizedCriterionDef => ({
      ...base,
      id: `ask-entity-${id}`,
      short: m[`short${Kind}`],
      label: m[`label${Kind}`],
      group: 'ask',
      law: `${LAW} ${r.lawExternal}`,
      rule: r[`rule${Kind}`],
    })),
    {
      ...base,
      id: 'ask-retention',
      short: m.shortRetention,
      label: m.labelRetention,
      group: 'ask',
      law: `${LAW} ${r.lawRetention}`,
      rule: r.ruleRetention,
    },
    {
      ...base,
      id: 'ask-health-safety',
      short: m.shortHealth,
      label: m.labelHealth,
      group: 'ask',
      law: `${LAW} ${r.lawHealth}`,
      rule: r.ruleHealth(n(lang, MIN_SECTION_WORDS), n(lang, MIN_SPECIFIC_WORDS), share),
    },
  ];
}

/** Every criterion, in the order the scorecard lists them (English). */
export const CRITERIA: readonly CriterionDef[] = criteriaIn(DEFAULT_LOCALE).map(
  ({ proseTranslated: _, ...def }) => def,
);

const ENTITY_PATTERNS: Record<string, RegExp> = {
  local: /\blocal\b[^.]*(?:agenc|entit|level|law enforcement)|\b(?:to|and) city agencies/i,
  state: /\bstate\b[^.]*(?:agenc|entit|level)|\blocal, state\b/i,
  federal: /\bfederal\b[^.]*(?:agenc|entit|level)|\bstate,? and federal\b/i,
  private: /\bvendors?\b|\bcontractors?\b|\bprivate (?:entit|compan|part)/i,
};

type Reasons = ReturnType<typeof prose<typeof scorecardProse.messages.en>>['m'];

function sectionResult(
  policy: PolicyText,
  bp: PolicyBoilerplate,
  key: SectionKey,
  r: Reasons,
  lang: Locale,
): CriterionResult {
  const id = `section-${key}`;
  const section = policy.sections.find((s) => s.key === key);
  if (!section || section.paragraphs.length === 0)
    return { id, pass: false, note: r.missingSection, evidence: [] };
  const fig = sectionFigure(bp, key);
  const words = fig?.words ?? 0;
  const specific = words - (fig?.sharedWords ?? 0);
  const pass =
    words >= MIN_SECTION_WORDS &&
    specific >= MIN_SPECIFIC_WORDS &&
    specific >= MIN_SPECIFIC_SHARE * words;
  const share = words > 0 ? Math.round((specific / words) * 100) : 0;
  return {
    id,
    pass,
    note: pass
      ? r.substantive(n(lang, words), n(lang, specific), formatPercent(lang, share))
      : r.notSubstantive(sectionLabelIn(key, lang), whyNotSubstantive(words, specific, lang)),
    evidence: [key],
  };
}

/**
 * Why a present section is not substantive, in a sentence that names the
 * rule it misses, e.g. "38 words; a section needs at least 50 words, 25 of
 * them not shared with other policies." In `locale` when its reasons are
 * translated, else in English.
 */
export function whyNotSubstantive(
  words: number,
  specific: number,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const { m: r, lang } = prose(scorecardProse, locale);
  const share = formatPercent(lang, MIN_SPECIFIC_SHARE * 100);
  if (words < MIN_SECTION_WORDS)
    return r.whyShort(n(lang, words), n(lang, MIN_SECTION_WORDS), n(lang, MIN_SPECIFIC_WORDS));
  if (specific < MIN_SPECIFIC_WORDS)
    return r.whyFewSpecific(n(lang, words), n(lang, specific), n(lang, MIN_SPECIFIC_WORDS));
  const own = Math.round((specific / words) * 100);
  return r.whyLowShare(n(lang, words), n(lang, specific), formatPercent(lang, own), share);
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

/** True when the scorecard's reasons are written in `locale` (else they are English). */
export function reasonsTranslated(locale: Locale): boolean {
  return prose(scorecardProse, locale).translated;
}

/**
 * Scores one policy. `bp` is the policy's boilerplate measure (for the
 * "substantive" rule); key facts are read by rule only, so a curated value
 * cannot make a criterion pass. The reasons (`note`) are written in `locale`
 * when translated (see {@link reasonsTranslated}), else in English; pass,
 * fail and evidence do not depend on the language.
 */
export function scorePolicy(
  policy: PolicyText,
  bp: PolicyBoilerplate,
  locale: Locale = DEFAULT_LOCALE,
): Scorecard {
  if (bp.slug !== policy.slug)
    throw new Error(`scorePolicy: boilerplate of "${bp.slug}" given for "${policy.slug}"`);
  const { m: r, lang } = prose(scorecardProse, locale);
  const facts = new Map(keyFactsFor(policy).map((f) => [f.factId, f]));
  const cites = (factId: string) => facts.get(factId)?.citations ?? [];
  const results: CriterionResult[] = [];
  for (const s of SECTIONS) results.push(sectionResult(policy, bp, s.key, r, lang));

  const court = courtAuthorizationRule(policy, lang);
  results.push(
    court.status === 'stated'
      ? {
          id: 'ask-court-authorization',
          pass: true,
          note: r.courtStated(court.value),
          evidence: court.citations,
        }
      : {
          id: 'ask-court-authorization',
          pass: false,
          note: r.courtNotFound,
          evidence: [],
        },
  );
  results.push(
    fromFact(
      'ask-encryption',
      [...new Set([...cites('encryption-transit'), ...cites('encryption-rest')])],
      r.encryptionYes,
      r.encryptionNo,
    ),
  );
  results.push(fromFact('ask-access-control', cites('access-control'), r.accessYes, r.accessNo));
  const ext = sentences(policy.sections, ['external-entities']);
  for (const kind of ['local', 'state', 'federal', 'private'] as const) {
    const re = ENTITY_PATTERNS[kind] as RegExp;
    const ids = [...new Set(ext.filter((s) => re.test(s.text)).map((s) => s.id))];
    results.push(fromFact(`ask-entity-${kind}`, ids, r.entityYes, r.entityNo));
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
      r.retentionYes,
      r.retentionNo,
    ),
  );
  const hs = sectionResult(policy, bp, 'health-safety', r, lang);
  const hsSection = policy.sections.find((s) => s.key === 'health-safety');
  const hsEvidence = hsSection?.paragraphs.map((p) => p.id) ?? [];
  const hsFigure = sectionFigure(bp, 'health-safety');
  const hsWords = hsFigure?.words ?? 0;
  results.push({
    id: 'ask-health-safety',
    pass: hs.pass,
    note: hs.pass
      ? hs.note
      : hsEvidence.length > 0
        ? r.healthThin(whyNotSubstantive(hsWords, hsWords - (hsFigure?.sharedWords ?? 0), lang))
        : r.healthMissing,
    evidence: hsEvidence,
  });

  const passed = results.filter((x) => x.pass).length;
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
