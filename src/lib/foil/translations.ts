/**
 * The legal facts and record maps in another language: translations kept
 * beside the English data (`data/foil/legal-facts.<lang>.json`,
 * `data/policies/<slug>/foil-records.<lang>.json`), checked against it and
 * laid over it. Build-time only (fingerprints use node:crypto); pure: the
 * pages' loaders (src/data/foil.ts) pass the files in.
 *
 * What a translation may change: the portal's words (statements, notes,
 * what a fact was checked against, titles, descriptions, timing advice).
 * What it never changes: sources, dates, citations, addresses, periods,
 * urgency, the records' order and ids. A period fact's translated statement
 * must state the same period as its English (so a translation cannot move a
 * deadline), and a retention period the same figures. A translation records
 * the fingerprint of the English it follows; when the English has changed
 * since, the English is shown instead (with the "not yet translated" notice)
 * until someone reviews the translation and records the new fingerprint.
 */
import { fingerprintText } from '../../i18n/fingerprint.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatNumber } from '../../i18n/format.ts';
import {
  type LegalFact,
  type LegalFactId,
  LegalFactTranslationsFileSchema,
  type RecordMap,
  RecordMapTranslationSchema,
} from '../../schemas/foil.ts';
import { spanishNumberWord, spanishUnitWords } from './text.ts';

/** A legal fact with its words in a language, and that language (`en` where it fell back). */
export type LocalizedFact = LegalFact & { lang: Locale };

/** A record map with its words in a language; each record keeps its English title and wording for the letter. */
export type LocalizedRecordMap = Omit<RecordMap, 'records'> & {
  lang: Locale;
  records: (RecordMap['records'][number] & { en: { title: string; wording: string } })[];
};

function zodProblems(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map(
      (i) => `${file}${i.path.length ? ` [${i.path.map(String).join('].[')}]` : ''}: ${i.message}`,
    )
    .join('\n');
}

/** The fingerprint of the English words of a fact a translation follows. */
export function factFingerprint(fact: LegalFact): string {
  return fingerprintText(
    JSON.stringify([
      fact.statement,
      fact.note ?? null,
      fact.law ?? null,
      fact.checked.against,
      fact.channel?.name ?? null,
    ]),
  );
}

/** The citation part of a `law` (before any words in parentheses), which a translation keeps as it is. */
export function citationOf(law: string): string {
  const i = law.indexOf(' (');
  return i < 0 ? law : law.slice(0, i);
}

/**
 * True when a translated statement states a period as its English does: the
 * count in digits (as written in the language or in ASCII) and, in Spanish,
 * also in words ("cinco días hábiles").
 */
export function statesPeriodIn(
  locale: Locale,
  statement: string,
  period: { count: number; unit: 'business-days' | 'days' | 'months' },
): boolean {
  const text = statement.toLowerCase();
  if (locale === 'es') {
    const unit = spanishUnitWords(period);
    return [String(period.count), spanishNumberWord(period.count)].some((n) =>
      text.includes(`${n} ${unit}`),
    );
  }
  const digits = new RegExp(
    `(^|[^0-9])(${String(period.count)}|${formatNumber(locale, period.count)})($|[^0-9])`,
  );
  return digits.test(text);
}

/**
 * The facts in `locale`, each with the language its words are in. `file`
 * is the translation's path (for messages); `translation` its parsed JSON,
 * or undefined when the language has none. Throws, naming the file, the fact
 * and the fix, when the translation is malformed, names an unknown fact,
 * lacks or adds a note or a channel name, changes a citation, or states a
 * period its English does not. Returns which facts fell back to English
 * because they have no translation (`missing`) or their English changed
 * since (`stale`, with the fingerprint to record after review).
 */
export function localizeFacts(
  facts: readonly LegalFact[],
  locale: Locale,
  translation: unknown,
  file: string,
): {
  facts: LocalizedFact[];
  missing: LegalFactId[];
  stale: { id: LegalFactId; from: string; now: string }[];
} {
  const english = facts.map((f): LocalizedFact => ({ ...f, lang: 'en' }));
  if (locale === 'en' || translation === undefined)
    return {
      facts: english,
      missing: locale === 'en' ? [] : facts.map((f) => f.id as LegalFactId),
      stale: [],
    };
  const parsed = LegalFactTranslationsFileSchema.safeParse(translation);
  if (!parsed.success) throw new Error(zodProblems(file, parsed.error.issues));
  const t = parsed.data;
  const problems: string[] = [];
  if (t.lang !== locale)
    problems.push(`${file}: "lang" is "${t.lang}", expected "${locale}" (the file's language).`);
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const [id, tr] of Object.entries(t.facts)) {
    const where = `${file} [facts].[${id}]`;
    const f = byId.get(id);
    if (!f) {
      problems.push(
        `${where}: unknown fact "${id}"; use an id of data/foil/legal-facts.json, or remove it.`,
      );
      continue;
    }
    if (Boolean(f.note) !== Boolean(tr.note))
      problems.push(
        f.note
          ? `${where}: the English fact has a "note"; translate it.`
          : `${where}: the English fact has no "note"; remove it.`,
      );
    if (Boolean(f.channel) !== Boolean(tr.name))
      problems.push(
        f.channel
          ? `${where}: the English fact is a channel; give its "name".`
          : `${where}: the English fact is not a channel; remove "name".`,
      );
    if (tr.law !== undefined) {
      if (!f.law) problems.push(`${where}: the English fact has no "law"; remove it.`);
      else if (!tr.law.startsWith(citationOf(f.law)))
        problems.push(
          `${where}: "law" must keep the citation as it is: start it with "${citationOf(f.law)}".`,
        );
    }
    const period = f.period;
    if (period && !statesPeriodIn(locale, tr.statement, period))
      problems.push(
        `${where}: the statement must state the period of the English fact (${period.count} ${period.unit}, fact "${id}" of data/foil/legal-facts.json); a translation never changes a deadline.`,
      );
  }
  if (problems.length) throw new Error(problems.join('\n'));
  const missing: LegalFactId[] = [];
  const stale: { id: LegalFactId; from: string; now: string }[] = [];
  const out = facts.map((f): LocalizedFact => {
    const tr = t.facts[f.id];
    if (!tr) {
      missing.push(f.id as LegalFactId);
      return { ...f, lang: 'en' };
    }
    const now = factFingerprint(f);
    if (tr.from !== now) {
      stale.push({ id: f.id as LegalFactId, from: tr.from, now });
      return { ...f, lang: 'en' };
    }
    return {
      ...f,
      lang: locale,
      statement: tr.statement,
      ...(tr.note ? { note: tr.note } : {}),
      ...(tr.law ? { law: tr.law } : {}),
      checked: { ...f.checked, against: tr.against },
      ...(f.channel && tr.name ? { channel: { ...f.channel, name: tr.name } } : {}),
    };
  });
  return { facts: out, missing, stale };
}

/** The fingerprint of the English words of a record map a translation follows. */
export function recordMapFingerprint(map: RecordMap): string {
  return fingerprintText(
    JSON.stringify([
      map.summary,
      map.records.map((r) => [r.id, r.title, r.description, r.wording, r.timing ?? null]),
      map.notKept.map((n) => [n.id, n.title, n.description]),
      map.retention.map((r) => [r.id, r.title, r.period, r.timing]),
    ]),
  );
}

/** The figures of a text ("30", "1", "25"), for checking that a translated period keeps them. */
function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => m[0]);
}

/**
 * A record map in `locale`. `translation` is the parsed JSON of
 * `data/policies/<slug>/foil-records.<lang>.json`, or undefined. Throws,
 * naming the file, the entry and the fix, when it is malformed or its
 * entries differ from the English ones (an id missing or unknown, timing
 * added or missing, a retention period whose figures differ). A stale
 * translation (its English changed since) is not used: `stale` then gives
 * the fingerprints.
 */
export function localizeRecordMap(
  map: RecordMap,
  locale: Locale,
  translation: unknown,
  file: string,
): { map: LocalizedRecordMap; stale: { from: string; now: string } | null } {
  const english: LocalizedRecordMap = {
    ...map,
    lang: 'en',
    records: map.records.map((r) => ({ ...r, en: { title: r.title, wording: r.wording } })),
  };
  if (locale === 'en' || translation === undefined) return { map: english, stale: null };
  const parsed = RecordMapTranslationSchema.safeParse(translation);
  if (!parsed.success) throw new Error(zodProblems(file, parsed.error.issues));
  const t = parsed.data;
  const problems: string[] = [];
  if (t.lang !== locale)
    problems.push(`${file}: "lang" is "${t.lang}", expected "${locale}" (the file's language).`);
  const sameIds = (
    name: 'records' | 'notKept' | 'retention',
    ids: string[],
    given: Record<string, unknown>,
  ) => {
    for (const id of ids)
      if (!(id in given))
        problems.push(`${file} [${name}].[${id}]: missing; translate the English entry "${id}".`);
    for (const id of Object.keys(given))
      if (!ids.includes(id))
        problems.push(
          `${file} [${name}].[${id}]: the English map has no entry "${id}"; remove it or fix the id.`,
        );
  };
  sameIds(
    'records',
    map.records.map((r) => r.id),
    t.records,
  );
  sameIds(
    'notKept',
    map.notKept.map((n) => n.id),
    t.notKept,
  );
  sameIds(
    'retention',
    map.retention.map((r) => r.id),
    t.retention,
  );
  for (const r of map.records) {
    const tr = t.records[r.id];
    if (tr && Boolean(r.timing) !== Boolean(tr.timing))
      problems.push(
        `${file} [records].[${r.id}]: ${r.timing ? 'the English entry has "timing"; translate it.' : 'the English entry has no "timing"; remove it.'}`,
      );
  }
  for (const r of map.retention) {
    const tr = t.retention[r.id];
    if (!tr) continue;
    const want = figures(r.period).sort().join(' ');
    const got = figures(tr.period).sort().join(' ');
    if (want !== got)
      problems.push(
        `${file} [retention].[${r.id}].[period]: the figures must be those of the English period "${r.period}" (${want || 'none'}); got ${got || 'none'}.`,
      );
  }
  if (problems.length) throw new Error(problems.join('\n'));
  const now = recordMapFingerprint(map);
  if (t.from !== now) return { map: english, stale: { from: t.from, now } };
  return {
    stale: null,
    map: {
      lang: locale,
      summary: t.summary,
      records: map.records.map((r) => {
        const tr = t.records[r.id]!;
        return {
          ...r,
          title: tr.title,
          description: tr.description,
          wording: tr.wording,
          ...(tr.timing ? { timing: tr.timing } : {}),
          en: { title: r.title, wording: r.wording },
        };
      }),
      notKept: map.notKept.map((n) => ({ ...n, ...t.notKept[n.id]! })),
      retention: map.retention.map((r) => ({ ...r, ...t.retention[r.id]! })),
    },
  };
}
