/**
 * Assembles every oversight view's data from the imported policies and the
 * curated key facts, checking every citation on the way. Pure: the pages
 * load the collections and pass them in.
 */
import { parsePolicyBody } from '../policy/body.ts';
import { type PolicyBoilerplate, type PolicyText, computeBoilerplate } from './boilerplate.ts';
import { type CitableExtras } from './citations.ts';
import {
  type CuratedKeyFacts,
  type FactValue,
  assertFactCitations,
  keyFactsFor,
  resolveKeyFactCitations,
} from './key-facts.ts';
import { type Scorecard, scorePolicy } from './scorecard.ts';
import { type PolicyEvent, type PolicyMeta, allEvents, versionGroups } from './timeline.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';

/** A policy entry as the oversight views receive it (frontmatter fields + body). */
export interface PolicyInput extends PolicyMeta {
  /** Rows in the summary-of-changes table. */
  changes: number;
  /** The entry's Markdown body (importer format). */
  body: string;
}

/** A policy with its parsed body, ready for every oversight computation. */
export type OversightPolicy = PolicyText & PolicyMeta & CitableExtras;

/** A curated key-facts file with the path it was read from (for error messages). */
export interface CuratedInput {
  file: string;
  data: CuratedKeyFacts;
}

/** Everything the oversight pages show. */
export interface Oversight {
  /** Policies sorted by technology name. */
  policies: OversightPolicy[];
  boilerplate: Map<string, PolicyBoilerplate>;
  facts: Map<string, FactValue[]>;
  /** Date of the curated review of each policy that has one. */
  reviewed: Map<string, string>;
  scorecards: Map<string, Scorecard>;
  /** All dated events, newest first. */
  events: PolicyEvent[];
  /** Groups of two or more versions of the same technology, oldest first. */
  versions: OversightPolicy[][];
}

/** Parses one policy entry into the oversight views' shape. */
export function toOversightPolicy(input: PolicyInput): OversightPolicy {
  const { body, ...rest } = input;
  return { ...rest, sections: parsePolicyBody(body) };
}

/**
 * Builds the oversight data. Throws (failing the build) when a curated file
 * names a policy that is not imported, an unknown fact, or a citation that no
 * longer resolves; the message names the file, the fact and the id.
 */
export function buildOversight(
  inputs: readonly PolicyInput[],
  curated: readonly CuratedInput[],
): Oversight {
  const policies: OversightPolicy[] = inputs
    .map(toOversightPolicy)
    .sort((a, b) => a.technology.localeCompare(b.technology) || a.slug.localeCompare(b.slug));

  const bySlug = new Map(policies.map((p) => [p.slug, p]));
  const reviewed = new Map<string, string>();
  const curatedBySlug = new Map<string, CuratedKeyFacts>();
  for (const c of curated) {
    const policy = bySlug.get(c.data.slug);
    if (!policy)
      throw new Error(
        `${c.file}: no imported policy "${c.data.slug}" (imported: ${[...bySlug.keys()].join(', ') || 'none'}). ` +
          'Import the policy or remove the file.',
      );
    if (curatedBySlug.has(c.data.slug))
      throw new Error(`${c.file}: a second key-facts file for "${c.data.slug}".`);
    resolveKeyFactCitations(c.file, c.data, policy);
    curatedBySlug.set(c.data.slug, c.data);
    reviewed.set(c.data.slug, c.data.reviewed);
  }

  const boilerplate = new Map(computeBoilerplate(policies).map((b) => [b.slug, b]));
  const facts = new Map<string, FactValue[]>();
  const scorecards = new Map<string, Scorecard>();
  for (const p of policies) {
    const values = keyFactsFor(p, curatedBySlug.get(p.slug));
    assertFactCitations(`key-fact rules (src/lib/oversight/key-facts.ts) for ${p.slug}`, p, values);
    facts.set(p.slug, values);
    scorecards.set(p.slug, scorePolicy(p, boilerplate.get(p.slug) as PolicyBoilerplate));
  }
  return {
    policies,
    boilerplate,
    facts,
    reviewed,
    scorecards,
    events: allEvents(policies),
    versions: versionGroups(policies),
  };
}

/**
 * The oversight data worded in `locale`: key-fact values, scorecard reasons
 * and event names in that language (see keyFactsFor, scorePolicy,
 * allEvents); figures, results, citations and ids are those of `data`, which
 * was built and checked in English. `curated` are the key-facts files
 * `data` was built from.
 */
export function localizeOversight(
  data: Oversight,
  curated: readonly CuratedKeyFacts[],
  locale: Locale,
): Oversight {
  if (locale === DEFAULT_LOCALE) return data;
  const bySlug = new Map(curated.map((c) => [c.slug, c]));
  return {
    ...data,
    facts: new Map(data.policies.map((p) => [p.slug, keyFactsFor(p, bySlug.get(p.slug), locale)])),
    scorecards: new Map(
      data.policies.map((p) => {
        const bp = data.boilerplate.get(p.slug);
        if (!bp) throw new Error(`localizeOversight: no boilerplate figures for "${p.slug}"`);
        return [p.slug, scorePolicy(p, bp, locale)];
      }),
    ),
    events: allEvents(data.policies, locale),
  };
}
