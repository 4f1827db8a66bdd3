/**
 * Build-time loading for the FOIL pages: the legal facts, and each policy
 * with its record map resolved against the policy body. Uses astro:content,
 * so it lives in src/data/ (the pages' data access), not in src/lib/; the
 * logic is in src/lib/foil.
 */
import { getCollection } from 'astro:content';
import { parsePolicyBody } from '../lib/policy/body.ts';
import { type Resolved, type ResolvedCitation, resolveCitations } from '../lib/foil/record-map.ts';
import { checkLegalFacts, foilTerms, legalFactLookup } from '../lib/foil/legal-facts.ts';
import type { FoilTerms } from '../lib/foil/terms.ts';
import {
  type LocalizedFact,
  type LocalizedRecordMap,
  localizeFacts,
  localizeRecordMap,
} from '../lib/foil/translations.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import type { LegalFactId, RecordMap } from '../schemas/foil.ts';

export type { LocalizedFact } from '../lib/foil/translations.ts';

/**
 * The translations of the legal facts and record maps, beside the English
 * data: `data/foil/legal-facts.<lang>.json` and
 * `data/policies/<slug>/foil-records.<lang>.json` (src/lib/foil/translations.ts).
 */
const FACT_TRANSLATIONS = import.meta.glob<unknown>('../../data/foil/legal-facts.*.json', {
  eager: true,
  import: 'default',
});
const MAP_TRANSLATIONS = import.meta.glob<unknown>('../../data/policies/*/foil-records.*.json', {
  eager: true,
  import: 'default',
});

/** `../../data/foil/legal-facts.es.json` -> `data/foil/legal-facts.es.json`. */
function repoPath(globKey: string): string {
  return globKey.replace(/^(\.\.\/)+/, '');
}

function translationFile(
  files: Record<string, unknown>,
  path: string,
): { file: string; data: unknown } | undefined {
  const key = Object.keys(files).find((k) => repoPath(k) === path);
  return key ? { file: path, data: files[key] } : undefined;
}

/**
 * Every translation file names a language of the portal other than English
 * and, for a record map, a policy with a map: a misnamed file is a build
 * error, not a translation silently ignored.
 */
function checkTranslationFiles(mapSlugs: ReadonlySet<string>): void {
  const problems: string[] = [];
  for (const key of Object.keys(FACT_TRANSLATIONS)) {
    const lang = /legal-facts\.([^.]+)\.json$/.exec(key)?.[1] ?? '';
    if (!isLocale(lang) || lang === DEFAULT_LOCALE)
      problems.push(
        `${repoPath(key)}: "${lang}" is not a language of the portal other than English (src/i18n/locales.ts); rename the file.`,
      );
  }
  for (const key of Object.keys(MAP_TRANSLATIONS)) {
    const m = /policies\/([^/]+)\/foil-records\.([^.]+)\.json$/.exec(key);
    const [slug, lang] = [m?.[1] ?? '', m?.[2] ?? ''];
    if (!isLocale(lang) || lang === DEFAULT_LOCALE)
      problems.push(
        `${repoPath(key)}: "${lang}" is not a language of the portal other than English (src/i18n/locales.ts); rename the file.`,
      );
    else if (!mapSlugs.has(slug))
      problems.push(
        `${repoPath(key)}: there is no English record map data/policies/${slug}/foil-records.json to translate; remove the file or fix the folder.`,
      );
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Stale translations already reported in this build (each is said once). */
const reported = new Set<string>();
function reportStale(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console.warn(message);
}

/** A record map's entries, localized, with every citation checked and resolved. */
type LocalizedEntries = Omit<LocalizedRecordMap, 'lang' | 'summary'>;
type Entry<K extends keyof LocalizedEntries> = LocalizedEntries[K][number];

/** A record map (`RecordMapSchema`) in the page's language, whose every citation has been checked and resolved. */
export interface ResolvedRecordMap extends Pick<RecordMap, 'summary'> {
  /** The language of its words: the page's, or `en` where it has no (current) translation. */
  lang: Locale;
  records: Resolved<Entry<'records'>>[];
  notKept: Resolved<Entry<'notKept'>>[];
  retention: Resolved<Entry<'retention'>>[];
}

/** A policy as the FOIL pages use it. */
export interface FoilPolicy {
  slug: string;
  technology: string;
  title: string;
  /** Null when no record map has been curated for the policy yet. */
  map: ResolvedRecordMap | null;
  /** The paragraphs of the policy's public-access section (where it mentions FOIL). */
  publicAccess: ResolvedCitation[];
}

const cachedPolicies = new Map<Locale, Promise<FoilPolicy[]>>();

/**
 * Every imported policy with its resolved record map, in `locale` where the
 * map has a translation, sorted by technology. Throws (failing the build)
 * when a map cites a paragraph the policy lacks, when a map exists for a
 * policy that is not imported, or when a translation does not match its map.
 * Computed once per build and language, and shared by every page (the FOIL
 * pages, the reports).
 */
export function loadFoilPolicies(locale: Locale = DEFAULT_LOCALE): Promise<FoilPolicy[]> {
  let hit = cachedPolicies.get(locale);
  if (!hit) {
    hit = resolveFoilPolicies(locale);
    cachedPolicies.set(locale, hit);
  }
  return hit;
}

async function resolveFoilPolicies(locale: Locale): Promise<FoilPolicy[]> {
  const policies = await getCollection('policies');
  const maps = await getCollection('foilMaps');
  const slugs = new Set(policies.map((p) => p.id));
  checkTranslationFiles(new Set(maps.map((m) => m.id)));
  for (const m of maps)
    if (!slugs.has(m.id))
      throw new Error(
        `${m.filePath ?? m.id}: there is no imported policy "${m.id}" (content/policies/${m.id}.md). Rename the file to the policy's slug or remove it.`,
      );
  return policies
    .map((p): FoilPolicy => {
      const m = maps.find((x) => x.id === p.id);
      const sections = parsePolicyBody(p.body ?? '');
      const ctx = {
        file: m?.filePath ?? `data/policies/${p.id}/foil-records.json`,
        slug: p.id,
        technology: p.data.technology,
        sections,
      };
      const publicIds =
        sections.find((s) => s.key === 'public-access')?.paragraphs.map((x) => x.id) ?? [];
      const publicAccess = publicIds.length
        ? (resolveCitations(
            { records: [{ id: 'public-access', cites: publicIds }], notKept: [], retention: [] },
            ctx,
          ).records[0]?.citations ?? [])
        : [];
      let map: ResolvedRecordMap | null = null;
      if (m) {
        const path = `data/policies/${p.id}/foil-records.${locale}.json`;
        const tr = locale === DEFAULT_LOCALE ? undefined : translationFile(MAP_TRANSLATIONS, path);
        const localized = localizeRecordMap(m.data, locale, tr?.data, path);
        if (localized.stale)
          reportStale(
            `${path}: its English (${ctx.file}) changed since it was translated; the English map is shown until the translation is reviewed and its "from" set to "${localized.stale.now}" (now "${localized.stale.from}").`,
          );
        map = {
          summary: localized.map.summary,
          lang: localized.map.lang,
          ...resolveCitations(localized.map, ctx),
        };
      }
      return {
        slug: p.id,
        technology: p.data.technology,
        title: p.data.title,
        map,
        publicAccess,
      };
    })
    .sort((a, b) => a.technology.localeCompare(b.technology));
}

/**
 * The legal facts, checked as a whole (every known fact present, no other),
 * in `locale` where they are translated (each fact says its language in
 * `lang`), with `fact(id)` to look one up, `translated(id)` to know whether
 * it is in the page's language, and the `terms` (periods and citations) the
 * deadline calculator and the letters use, always from the English facts.
 * Throws, failing the build, when the file lacks a fact or a fact its period
 * or citation, or when a translation does not match the facts.
 */
export async function loadFacts(locale: Locale = DEFAULT_LOCALE): Promise<{
  all: LocalizedFact[];
  fact: (id: LegalFactId) => LocalizedFact;
  translated: (id: LegalFactId) => boolean;
  terms: FoilTerms;
}> {
  const entries = await getCollection('legalFacts');
  const english = entries.map((e) => e.data);
  checkLegalFacts(english);
  const path = `data/foil/legal-facts.${locale}.json`;
  const tr = locale === DEFAULT_LOCALE ? undefined : translationFile(FACT_TRANSLATIONS, path);
  const { facts: all, stale } = localizeFacts(english, locale, tr?.data, path);
  for (const s of stale)
    reportStale(
      `${path}: fact "${s.id}" changed in data/foil/legal-facts.json since it was translated; the English is shown until the translation is reviewed and its "from" set to "${s.now}" (now "${s.from}").`,
    );
  const fact = legalFactLookup(all) as (id: LegalFactId) => LocalizedFact;
  return {
    all,
    fact,
    translated: (id) => fact(id).lang === locale,
    terms: foilTerms(english),
  };
}
