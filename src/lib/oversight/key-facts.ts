/**
 * Key facts per policy: the answers Council staff look for first, each with
 * the paragraph(s) it comes from.
 *
 * A fact is extracted by a rule over the imported section text where a
 * plain-language rule can decide it (stated below each rule); a reviewer's
 * curated value (`data/policies/<slug>/key-facts.json`) completes the facts
 * no rule can read and overrides a rule whose wording would mislead. Either
 * way a value carries citations, and {@link resolveKeyFactCitations} fails
 * the build when one no longer resolves.
 */
import type { PolicyBlockSection } from '../policy/body.ts';
import { remembered } from '../memo.ts';
import type { BlockKey } from '../../schemas/sections.ts';
import { DEFAULT_LOCALE, localeInfo, type Locale } from '../../i18n/locales.ts';
import { prose, t } from '../../i18n/messages.ts';
import keyFactWords from '../../i18n/messages/policy-key-facts.ts';
import keyFactProse from '../../i18n/messages/policy-key-facts-prose.ts';
import curatedTranslations from '../../i18n/messages/policy-curated-facts.ts';
import type { CuratedFact, KeyFactsFile } from '../../schemas/oversight.ts';
import type { PolicyText } from './boilerplate.ts';
import {
  type CitableExtras,
  type CitationRef,
  assertCitationsResolve,
  citableIds,
} from './citations.ts';

const EN = keyFactWords.messages.en;

const GROUP_IDS = ['data', 'use', 'sharing', 'security', 'oversight'] as const;

/** A fact group id, e.g. `sharing`. */
export type FactGroup = (typeof GROUP_IDS)[number];

/** The groups the compare matrix can filter by, labelled in `locale`. */
export function factGroupsIn(
  locale: Locale = DEFAULT_LOCALE,
): readonly { id: FactGroup; label: string }[] {
  const m = t(keyFactWords, locale);
  return GROUP_IDS.map((id) => ({ id, label: m[`group-${id}`] }));
}

/** The groups the compare matrix can filter by. */
export const FACT_GROUPS = factGroupsIn(DEFAULT_LOCALE);

/** One key fact: what is asked, and how it is answered. */
export interface FactDef {
  id: string;
  /** Column header in the matrix. */
  label: string;
  group: FactGroup;
  /** The question the fact answers. */
  question: string;
  /** How the value is found (shown on the methodology page). */
  method: string;
  /**
   * The rule, when one can decide the fact; null when the fact is curated
   * only. Its value is worded in `locale` (English by default).
   */
  rule: ((policy: PolicyText, locale?: Locale) => RuleResult) | null;
}

/** What a rule found: a value with its citations, or that the text does not state it. */
export type RuleResult =
  | { status: 'stated'; value: string; detail?: string; citations: string[] }
  | { status: 'not-stated' };

/** A key fact's value for one policy, as published. */
export interface FactValue {
  factId: string;
  /**
   * `stated`: the policy states it (value + citations); `not-stated`: a rule
   * searched the text and found nothing; `not-reviewed`: no rule can decide
   * and no reviewer has curated it yet.
   */
  status: 'stated' | 'not-stated' | 'not-reviewed';
  /** Short value for the matrix cell; "Not stated" / "Not reviewed" otherwise. */
  value: string;
  /** One or two sentences of context, when useful. */
  detail?: string;
  /** Anchors on the policy page (`<key>-p<n>`, list items, `changes`, `addendum-<i>`). */
  citations: string[];
  source: 'rule' | 'curated' | 'none';
  /**
   * Only in another language than English: the parts still in English (a
   * curated text whose translation is missing or stale, or a detail quoting
   * the policy's own sentences), to be marked `lang="en"`.
   */
  english?: { value?: true; detail?: true };
}

/** A curated fact value as stored in `data/policies/<slug>/key-facts.json` (`CuratedFactSchema`). */
export type { CuratedFact };

/** A curated key-facts file (`KeyFactsFileSchema`, src/schemas/oversight.ts). */
export type CuratedKeyFacts = KeyFactsFile;

interface Sentence {
  /** Paragraph or list-item id holding the sentence. */
  id: string;
  key: BlockKey;
  text: string;
}

/**
 * Every sentence of a policy's sections, by its sections array (parsePolicyBody
 * returns the same frozen array to every caller): a body is split once per
 * build, not once per rule, language and page.
 */
const sentencesOf = new WeakMap<readonly PolicyBlockSection[], readonly Sentence[]>();

/** Splits a section's paragraphs (and list items) into sentences, each with its citable id. */
export function sentences(
  sections: readonly PolicyBlockSection[],
  keys?: readonly BlockKey[],
): Sentence[] {
  const all = remembered(sentencesOf, sections, () => split(sections));
  return keys ? all.filter((s) => keys.includes(s.key)) : [...all];
}

function split(sections: readonly PolicyBlockSection[]): readonly Sentence[] {
  const out: Sentence[] = [];
  for (const s of sections) {
    for (const p of s.paragraphs) {
      const units = p.items.length > 0 ? p.items : [{ id: p.id, text: p.text }];
      for (const u of units)
        for (const text of u.text.split(/(?<=[.;:!?])\s+(?=[A-Z0-9“"(])/))
          if (text.trim()) out.push(Object.freeze({ id: u.id, key: s.key, text: text.trim() }));
    }
  }
  return out;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Sentences a rule found, by sections array and then by pattern and sections:
 * which sentences match does not depend on the language, and the rules run
 * for every language (each words its values), so each pattern is matched
 * once per policy and build.
 */
const foundBy = new WeakMap<readonly PolicyBlockSection[], Map<string, readonly Sentence[]>>();

/** Rule helper: the sentences matching `re` in the given sections (all when omitted). */
function find(policy: PolicyText, re: RegExp, keys?: readonly BlockKey[]): readonly Sentence[] {
  const byPattern = remembered(
    foundBy,
    policy.sections,
    () => new Map<string, readonly Sentence[]>(),
  );
  return remembered(byPattern, `${re.flags}/${re.source}/${keys?.join(' ') ?? ''}`, () =>
    Object.freeze(sentences(policy.sections, keys).filter((s) => re.test(s.text))),
  );
}

function statedIf(found: readonly Sentence[], value: string, detail?: string): RuleResult {
  if (found.length === 0) return { status: 'not-stated' };
  const r: RuleResult = { status: 'stated', value, citations: unique(found.map((s) => s.id)) };
  if (detail !== undefined) r.detail = detail;
  return r;
}

/**
 * Court authorization (NYC Admin. Code § 14-188(a): rules must say whether
 * court authorization is sought and of which type). The value is worded in
 * `locale`; a "Not sought" detail quotes the policy's sentences (English).
 */
export function courtAuthorizationRule(
  policy: PolicyText,
  locale: Locale = DEFAULT_LOCALE,
): RuleResult {
  const m = t(keyFactWords, locale);
  const found = find(policy, /court authori[sz]ation|warrant|court order/i, ['rules']);
  const notSought = found.filter((s) =>
    /\b(?:does|do|will) not (?:seek|obtain) court authori[sz]ation/i.test(s.text),
  );
  if (notSought.length > 0)
    return statedIf(notSought, m.valueNotSought, notSought.map((s) => s.text).join(' '));
  const types = [
    [m.termSearchWarrant, /search warrant/i],
    [m.termEavesdroppingWarrant, /eavesdropping warrant/i],
    [m.termCourtOrder, /court order/i],
    [m.termWarrant, /\bwarrant\b/i],
  ] as const;
  const sought = found.filter(
    (s) => /\b(?:seek|obtain|require)s?\b/i.test(s.text) && !/\bnot\b/i.test(s.text),
  );
  if (sought.length === 0) return { status: 'not-stated' };
  const named = types.filter(([, re]) => sought.some((s) => re.test(s.text))).map(([t]) => t);
  return statedIf(sought, named[0] !== undefined ? m.valueSought(named[0]) : m.valueSoughtUnnamed);
}

/** An external recipient rule: sentences of the external-entities section naming the recipient. */
function recipientRule(re: RegExp) {
  return (policy: PolicyText, locale: Locale = DEFAULT_LOCALE): RuleResult =>
    statedIf(find(policy, re, ['external-entities']), t(keyFactWords, locale).valueMayReceive);
}

/** The first letter in upper case, by the rules of `locale` ("Username and password"). */
function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(localeInfo(locale).tag) + text.slice(1);
}

/** The English question and method of a fact (the prose dictionary's English). */
function described(id: string): { question: string; method: string } {
  const p = keyFactProse.messages.en;
  return {
    question: p[`question-${id}` as keyof typeof p],
    method: p[`method-${id}` as keyof typeof p],
  };
}

/** The key facts' ids, in matrix column order. */
type FactId =
  | 'data-kept'
  | 'retention'
  | 'court-authorization'
  | 'recipient-prosecutors'
  | 'recipient-law-enforcement'
  | 'recipient-city-agencies'
  | 'recipient-vendors'
  | 'recipient-community-media'
  | 'immigration-exclusion'
  | 'ai-ml'
  | 'access-control'
  | 'authentication'
  | 'encryption-transit'
  | 'encryption-rest'
  | 'training'
  | 'audit'
  | 'health-safety';

/** A fact's id, group and rule; its label, question and method come from the dictionaries. */
const CATALOGUE: readonly { id: FactId; group: FactGroup; rule: FactDef['rule'] }[] = [
  { id: 'data-kept', group: 'data', rule: null },
  { id: 'retention', group: 'data', rule: null },
  { id: 'court-authorization', group: 'use', rule: courtAuthorizationRule },
  { id: 'recipient-prosecutors', group: 'sharing', rule: recipientRule(/\bprosecut/i) },
  {
    id: 'recipient-law-enforcement',
    group: 'sharing',
    rule: recipientRule(
      /(?:other|partnering) law enforcement|law enforcement agencies other than/i,
    ),
  },
  {
    id: 'recipient-city-agencies',
    group: 'sharing',
    rule: recipientRule(/\b(?:to|and) city agencies|government agencies at the/i),
  },
  {
    id: 'recipient-vendors',
    group: 'sharing',
    rule: (policy, locale = DEFAULT_LOCALE) =>
      statedIf(
        find(policy, /(?:vendors|contractors)[^.]*(?:may have access|allowed access|access to)/i, [
          'external-entities',
        ]),
        t(keyFactWords, locale).valueMayHaveAccess,
      ),
  },
  {
    id: 'recipient-community-media',
    group: 'sharing',
    rule: recipientRule(/community leaders|civic organi[sz]ations|news media/i),
  },
  {
    id: 'immigration-exclusion',
    group: 'sharing',
    rule: (policy, locale = DEFAULT_LOCALE) =>
      statedIf(
        find(
          policy,
          /(?:not|never)[^.]*(?:shared|given|provided|disclosed)[^.]*immigration enforcement/i,
        ),
        t(keyFactWords, locale).valueExcluded,
      ),
  },
  {
    id: 'ai-ml',
    group: 'use',
    rule: (policy, locale = DEFAULT_LOCALE) => {
      const m = t(keyFactWords, locale);
      const ai = find(policy, /artificial intelligence|machine learning/i);
      if (ai.length > 0) return statedIf(ai, m.valueMentioned);
      return statedIf(find(policy, /\balgorithms?\b/i), m.valueAlgorithms);
    },
  },
  {
    id: 'access-control',
    group: 'security',
    rule: (policy, locale = DEFAULT_LOCALE) =>
      statedIf(
        find(policy, /access[^.]*\b(?:is|are) (?:limited|removed|restricted)|least privilege/i, [
          'safeguards',
          'retention',
        ]),
        t(keyFactWords, locale).valueLimited,
      ),
  },
  {
    id: 'authentication',
    group: 'security',
    rule: (policy, locale = DEFAULT_LOCALE) => {
      const m = t(keyFactWords, locale);
      const methods = [
        [m.termUsernamePassword, /username and password/i],
        [m.termDualFactor, /dual factor|two[- ]factor|multi[- ]factor/i],
        [m.termActiveDirectory, /Active Directory/],
      ] as const;
      const found = find(
        policy,
        /username and password|dual factor|two[- ]factor|multi[- ]factor|Active Directory/i,
      );
      const named = methods.filter(([, re]) => found.some((s) => re.test(s.text))).map(([x]) => x);
      return statedIf(found, capitalize(m.joinMethods(named), locale));
    },
  },
  {
    id: 'encryption-transit',
    group: 'security',
    rule: (policy, locale = DEFAULT_LOCALE) =>
      statedIf(
        find(policy, /encrypt[^.]*(?:in transit|signal|transmi)|transmi[^.]*encrypt/i),
        t(keyFactWords, locale).valueStated,
      ),
  },
  {
    id: 'encryption-rest',
    group: 'security',
    rule: (policy, locale = DEFAULT_LOCALE) =>
      statedIf(find(policy, /encrypt[^.]*at rest/i), t(keyFactWords, locale).valueStated),
  },
  { id: 'training', group: 'oversight', rule: null },
  { id: 'audit', group: 'oversight', rule: null },
  {
    id: 'health-safety',
    group: 'oversight',
    rule: (policy, locale = DEFAULT_LOCALE) => {
      const m = t(keyFactWords, locale);
      const section = find(policy, /./, ['health-safety']);
      const none = section.filter((s) => /no known health (?:and|&) safety issues/i.test(s.text));
      if (none.length > 0) return statedIf(none, m.valueNoneReported);
      return statedIf(section, m.valueReported);
    },
  },
];

/** The catalogue of key facts, in matrix column order (English labels, questions and methods). */
export const KEY_FACTS: readonly FactDef[] = CATALOGUE.map((c) => ({
  id: c.id,
  label: EN[c.id],
  group: c.group,
  ...described(c.id),
  rule: c.rule,
}));

/** A fact definition in another language: `prose` is false when its question and method are still English. */
export interface LocalizedFactDef extends FactDef {
  /** True when `question` and `method` are in the requested language (else English). */
  proseTranslated: boolean;
}

/**
 * The catalogue in `locale`: labels always translated (interface words);
 * questions and methods in the language when translated, else in English
 * with `proseTranslated: false`.
 */
export function keyFactsIn(locale: Locale = DEFAULT_LOCALE): readonly LocalizedFactDef[] {
  const m = t(keyFactWords, locale);
  const p = prose(keyFactProse, locale);
  return CATALOGUE.map((c) => ({
    id: c.id,
    label: m[c.id],
    group: c.group,
    question: p.m[`question-${c.id}` as keyof typeof p.m],
    method: p.m[`method-${c.id}` as keyof typeof p.m],
    rule: c.rule,
    proseTranslated: p.translated,
  }));
}

/** Looks up a fact definition by id. */
export function factDef(id: string): FactDef | undefined {
  return KEY_FACTS.find((f) => f.id === id);
}

/**
 * A curated text in `locale`: its translation (policy-curated-facts) while the
 * translation was made from the English the data file holds now; otherwise
 * the English, flagged.
 */
export function localizeCurated(
  slug: string,
  factId: string,
  part: 'value' | 'detail',
  english: string,
  locale: Locale,
): { text: string; english: boolean } {
  if (locale === DEFAULT_LOCALE) return { text: english, english: false };
  const key = `${slug}/${factId}/${part}`;
  const source = (curatedTranslations.messages.en as Record<string, string>)[key];
  const translated = (curatedTranslations.messages[locale] as Record<string, string> | undefined)?.[
    key
  ];
  if (source === english && translated !== undefined) return { text: translated, english: false };
  return { text: english, english: true };
}

/**
 * The key facts of one policy: the curated value when a reviewer gave one,
 * else the rule's, else "Not reviewed". Worded in `locale` (English by
 * default; in another language a curated text without a current translation
 * stays English, flagged in `english`). Does not check citations (see
 * {@link resolveKeyFactCitations}).
 */
export function keyFactsFor(
  policy: PolicyText,
  curated?: CuratedKeyFacts,
  locale: Locale = DEFAULT_LOCALE,
): FactValue[] {
  const m = t(keyFactWords, locale);
  return KEY_FACTS.map((def): FactValue => {
    const c = curated?.facts[def.id];
    if (c) {
      const value = localizeCurated(policy.slug, def.id, 'value', c.value, locale);
      const v: FactValue = {
        factId: def.id,
        status: 'stated',
        value: value.text,
        citations: c.citations,
        source: 'curated',
      };
      const english: NonNullable<FactValue['english']> = {};
      if (value.english) english.value = true;
      if (c.detail !== undefined) {
        const detail = localizeCurated(policy.slug, def.id, 'detail', c.detail, locale);
        v.detail = detail.text;
        if (detail.english) english.detail = true;
      }
      if (english.value || english.detail) v.english = english;
      return v;
    }
    if (def.rule) {
      const r = def.rule(policy, locale);
      if (r.status === 'not-stated')
        return {
          factId: def.id,
          status: 'not-stated',
          value: m.valueNotStated,
          citations: [],
          source: 'rule',
        };
      const v: FactValue = {
        factId: def.id,
        status: 'stated',
        value: r.value,
        citations: r.citations,
        source: 'rule',
      };
      if (r.detail !== undefined) {
        v.detail = r.detail;
        // A rule's detail quotes the policy's own sentences.
        if (locale !== DEFAULT_LOCALE) v.english = { detail: true };
      }
      return v;
    }
    return {
      factId: def.id,
      status: 'not-reviewed',
      value: m.valueNotReviewed,
      citations: [],
      source: 'none',
    };
  });
}

/**
 * Checks a curated key-facts file against its policy: the slug matches, every
 * fact id is known, every value has at least one citation and every citation
 * resolves. Throws an error naming the file, the fact and the id.
 */
export function resolveKeyFactCitations(
  file: string,
  curated: CuratedKeyFacts,
  policy: PolicyText & CitableExtras,
): void {
  if (curated.slug !== policy.slug)
    throw new Error(
      `${file}: slug "${curated.slug}" does not match the policy "${policy.slug}"; rename the file or fix "slug".`,
    );
  const refs: CitationRef[] = [];
  for (const [factId, fact] of Object.entries(curated.facts)) {
    if (!factDef(factId))
      throw new Error(
        `${file}: unknown fact "${factId}"; known facts: ${KEY_FACTS.map((f) => f.id).join(', ')}.`,
      );
    if (fact.citations.length === 0)
      throw new Error(
        `${file}: fact "${factId}" has no citation; every value must cite the paragraph it comes from.`,
      );
    for (const id of fact.citations) refs.push({ file, subject: `fact "${factId}"`, id });
  }
  assertCitationsResolve(policy.slug, refs, citableIds(policy));
}

/** Checks that every citation a set of fact values makes (curated or rule) resolves on the policy page. */
export function assertFactCitations(
  file: string,
  policy: PolicyText & CitableExtras,
  facts: readonly FactValue[],
): void {
  const refs = facts.flatMap((f) =>
    f.citations.map((id) => ({ file, subject: `fact "${f.factId}"`, id })),
  );
  assertCitationsResolve(policy.slug, refs, citableIds(policy));
}
