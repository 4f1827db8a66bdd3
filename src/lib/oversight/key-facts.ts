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
import type { BlockKey } from '../../schemas/sections.ts';
import type { CuratedFact, KeyFactsFile } from '../../schemas/oversight.ts';
import type { PolicyText } from './boilerplate.ts';
import {
  type CitableExtras,
  type CitationRef,
  assertCitationsResolve,
  citableIds,
} from './citations.ts';

/** The groups the compare matrix can filter by. */
export const FACT_GROUPS = [
  { id: 'data', label: 'Data and retention' },
  { id: 'use', label: 'Use' },
  { id: 'sharing', label: 'Sharing outside the NYPD' },
  { id: 'security', label: 'Security' },
  { id: 'oversight', label: 'Training, audit, health & safety' },
] as const;

/** A fact group id, e.g. `sharing`. */
export type FactGroup = (typeof FACT_GROUPS)[number]['id'];

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
  /** The rule, when one can decide the fact; null when the fact is curated only. */
  rule: ((policy: PolicyText) => RuleResult) | null;
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

/** Splits a section's paragraphs (and list items) into sentences, each with its citable id. */
export function sentences(
  sections: readonly PolicyBlockSection[],
  keys?: readonly BlockKey[],
): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sections) {
    if (keys && !keys.includes(s.key)) continue;
    for (const p of s.paragraphs) {
      const units = p.items.length > 0 ? p.items : [{ id: p.id, text: p.text }];
      for (const u of units)
        for (const text of u.text.split(/(?<=[.;:!?])\s+(?=[A-Z0-9“"(])/))
          if (text.trim()) out.push({ id: u.id, key: s.key, text: text.trim() });
    }
  }
  return out;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Rule helper: the ids of sentences matching `re` in the given sections (all when omitted). */
function find(policy: PolicyText, re: RegExp, keys?: readonly BlockKey[]): Sentence[] {
  return sentences(policy.sections, keys).filter((s) => re.test(s.text));
}

function statedIf(found: readonly Sentence[], value: string, detail?: string): RuleResult {
  if (found.length === 0) return { status: 'not-stated' };
  const r: RuleResult = { status: 'stated', value, citations: unique(found.map((s) => s.id)) };
  if (detail !== undefined) r.detail = detail;
  return r;
}

/** Court authorization (NYC Admin. Code § 14-188(a): rules must say whether court authorization is sought and of which type). */
export function courtAuthorizationRule(policy: PolicyText): RuleResult {
  const found = find(policy, /court authori[sz]ation|warrant|court order/i, ['rules']);
  const notSought = found.filter((s) =>
    /\b(?:does|do|will) not (?:seek|obtain) court authori[sz]ation/i.test(s.text),
  );
  if (notSought.length > 0)
    return statedIf(notSought, 'Not sought', notSought.map((s) => s.text).join(' '));
  const types = [
    ['search warrant', /search warrant/i],
    ['eavesdropping warrant', /eavesdropping warrant/i],
    ['court order', /court order/i],
    ['warrant', /\bwarrant\b/i],
  ] as const;
  const sought = found.filter(
    (s) => /\b(?:seek|obtain|require)s?\b/i.test(s.text) && !/\bnot\b/i.test(s.text),
  );
  if (sought.length === 0) return { status: 'not-stated' };
  const named = types.filter(([, re]) => sought.some((s) => re.test(s.text))).map(([t]) => t);
  return statedIf(sought, named.length > 0 ? `Sought: ${named[0]}` : 'Sought (type not named)');
}

/** An external recipient rule: sentences of the external-entities section naming the recipient. */
function recipientRule(re: RegExp) {
  return (policy: PolicyText): RuleResult =>
    statedIf(find(policy, re, ['external-entities']), 'May receive data');
}

/** The catalogue of key facts, in matrix column order. */
export const KEY_FACTS: readonly FactDef[] = [
  {
    id: 'data-kept',
    label: 'Data recorded or kept',
    group: 'data',
    question: 'Does the technology record or keep data, and which?',
    method:
      'Curated from the capabilities and retention sections: no wording rule tells apart "records", "processes" and "retains".',
    rule: null,
  },
  {
    id: 'retention',
    label: 'Retention',
    group: 'data',
    question: 'How long is the data kept?',
    method:
      'Curated from the retention section: the policies cite general records schedules, which a rule cannot tell apart from a period specific to the technology.',
    rule: null,
  },
  {
    id: 'court-authorization',
    label: 'Court authorization',
    group: 'use',
    question: 'Is court authorization sought before use, and of which type?',
    method:
      'Rule over the rules section: a sentence saying the NYPD "does not seek court authorization" gives "Not sought"; otherwise a sentence saying a warrant or court order is sought or obtained gives "Sought" and the type named. Neither: "Not stated".',
    rule: courtAuthorizationRule,
  },
  {
    id: 'recipient-prosecutors',
    label: 'Prosecutors',
    group: 'sharing',
    question: 'May prosecutors receive the data?',
    method: 'Rule over the external-entities section: a sentence naming prosecutors.',
    rule: recipientRule(/\bprosecut/i),
  },
  {
    id: 'recipient-law-enforcement',
    label: 'Other law enforcement',
    group: 'sharing',
    question: 'May other law enforcement agencies receive the data?',
    method:
      'Rule over the external-entities section: a sentence naming other or partnering law enforcement agencies.',
    rule: recipientRule(
      /(?:other|partnering) law enforcement|law enforcement agencies other than/i,
    ),
  },
  {
    id: 'recipient-city-agencies',
    label: 'City and other government agencies',
    group: 'sharing',
    question: 'May city (or other government) agencies receive the data?',
    method:
      'Rule over the external-entities section: a sentence saying data may go "to" or "and" city agencies, or naming government agencies at the local, state or federal level.',
    rule: recipientRule(/\b(?:to|and) city agencies|government agencies at the/i),
  },
  {
    id: 'recipient-vendors',
    label: 'Vendors',
    group: 'sharing',
    question: 'May vendors or contractors access the data?',
    method:
      'Rule over the external-entities section: a sentence saying vendors or contractors "may have access" or are "allowed access".',
    rule: (policy) =>
      statedIf(
        find(policy, /(?:vendors|contractors)[^.]*(?:may have access|allowed access|access to)/i, [
          'external-entities',
        ]),
        'May have access',
      ),
  },
  {
    id: 'recipient-community-media',
    label: 'Community groups & media',
    group: 'sharing',
    question: 'May community groups or the news media receive information?',
    method:
      'Rule over the external-entities section: a sentence naming community leaders, civic organizations or the news media.',
    rule: recipientRule(/community leaders|civic organi[sz]ations|news media/i),
  },
  {
    id: 'immigration-exclusion',
    label: 'Immigration-enforcement exclusion',
    group: 'sharing',
    question: 'Does the policy exclude sharing for immigration enforcement?',
    method:
      'Rule over the whole policy: a sentence saying information is not shared, or access not given, "in furtherance of" / "for purposes of furthering" immigration enforcement.',
    rule: (policy) =>
      statedIf(
        find(
          policy,
          /(?:not|never)[^.]*(?:shared|given|provided|disclosed)[^.]*immigration enforcement/i,
        ),
        'Excluded',
      ),
  },
  {
    id: 'ai-ml',
    label: 'AI or machine learning',
    group: 'use',
    question:
      'Does the policy say the technology uses artificial intelligence or machine learning?',
    method:
      'Rule over the whole policy: a sentence naming artificial intelligence or machine learning gives "Mentioned"; otherwise a sentence naming algorithms gives "Algorithms named". Reviewers may curate the value (e.g. when the summary of changes records a removed statement).',
    rule: (policy) => {
      const ai = find(policy, /artificial intelligence|machine learning/i);
      if (ai.length > 0) return statedIf(ai, 'Mentioned');
      return statedIf(find(policy, /\balgorithms?\b/i), 'Algorithms named');
    },
  },
  {
    id: 'access-control',
    label: 'Access control',
    group: 'security',
    question: 'Who may use the technology or its data, and how is access limited?',
    method:
      'Rule over the safeguards and retention sections: a sentence saying access is limited, removed or given on a need-to-know basis.',
    rule: (policy) =>
      statedIf(
        find(policy, /access[^.]*\b(?:is|are) (?:limited|removed|restricted)|least privilege/i, [
          'safeguards',
          'retention',
        ]),
        'Limited by role and need',
      ),
  },
  {
    id: 'authentication',
    label: 'Authentication',
    group: 'security',
    question: 'How are users authenticated?',
    method:
      'Rule over the whole policy: the authentication methods named (username and password, dual-factor, Active Directory).',
    rule: (policy) => {
      const methods = [
        ['username and password', /username and password/i],
        ['dual-factor for remote access', /dual factor|two[- ]factor|multi[- ]factor/i],
        ['Active Directory', /Active Directory/],
      ] as const;
      const found = find(
        policy,
        /username and password|dual factor|two[- ]factor|multi[- ]factor|Active Directory/i,
      );
      const named = methods.filter(([, re]) => found.some((s) => re.test(s.text))).map(([m]) => m);
      const value = named.join('; ');
      return statedIf(found, value.charAt(0).toUpperCase() + value.slice(1));
    },
  },
  {
    id: 'encryption-transit',
    label: 'Encryption in transit',
    group: 'security',
    question: 'Is data encrypted in transit?',
    method:
      'Rule over the whole policy: a sentence naming encryption together with "in transit", a signal or transmission.',
    rule: (policy) =>
      statedIf(
        find(policy, /encrypt[^.]*(?:in transit|signal|transmi)|transmi[^.]*encrypt/i),
        'Stated',
      ),
  },
  {
    id: 'encryption-rest',
    label: 'Encryption at rest',
    group: 'security',
    question: 'Is stored data encrypted?',
    method: 'Rule over the whole policy: a sentence naming encryption together with "at rest".',
    rule: (policy) => statedIf(find(policy, /encrypt[^.]*at rest/i), 'Stated'),
  },
  {
    id: 'training',
    label: 'Training',
    group: 'oversight',
    question: 'What training do users receive?',
    method:
      'Curated from the training section: a rule can find the section but not summarise what the training covers.',
    rule: null,
  },
  {
    id: 'audit',
    label: 'Audit mechanisms',
    group: 'oversight',
    question: 'How is use audited or overseen?',
    method: 'Curated from the internal audit and oversight section.',
    rule: null,
  },
  {
    id: 'health-safety',
    label: 'Known health & safety issues',
    group: 'oversight',
    question: 'Does the policy report health and safety issues?',
    method:
      'Rule over the health and safety section: "no known health and safety issues" gives "None reported"; any other text gives "Reported".',
    rule: (policy) => {
      const section = find(policy, /./, ['health-safety']);
      const none = section.filter((s) => /no known health (?:and|&) safety issues/i.test(s.text));
      if (none.length > 0) return statedIf(none, 'None reported');
      return statedIf(section, 'Reported');
    },
  },
];

/** Looks up a fact definition by id. */
export function factDef(id: string): FactDef | undefined {
  return KEY_FACTS.find((f) => f.id === id);
}

/**
 * The key facts of one policy: the curated value when a reviewer gave one,
 * else the rule's, else "Not reviewed". Does not check citations (see
 * {@link resolveKeyFactCitations}).
 */
export function keyFactsFor(policy: PolicyText, curated?: CuratedKeyFacts): FactValue[] {
  return KEY_FACTS.map((def): FactValue => {
    const c = curated?.facts[def.id];
    if (c) {
      const v: FactValue = {
        factId: def.id,
        status: 'stated',
        value: c.value,
        citations: c.citations,
        source: 'curated',
      };
      if (c.detail !== undefined) v.detail = c.detail;
      return v;
    }
    if (def.rule) {
      const r = def.rule(policy);
      if (r.status === 'not-stated')
        return {
          factId: def.id,
          status: 'not-stated',
          value: 'Not stated',
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
      if (r.detail !== undefined) v.detail = r.detail;
      return v;
    }
    return {
      factId: def.id,
      status: 'not-reviewed',
      value: 'Not reviewed',
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
