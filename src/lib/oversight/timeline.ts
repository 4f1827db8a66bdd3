/**
 * Policy events and version comparison.
 *
 * Events come only from what a policy prints (its frontmatter: status,
 * "Posted" and "Updated" dates, addendum rows); an event without a printed
 * date is never invented. When the imported policies include two versions of
 * the same technology, {@link compareVersions} compares them section by
 * section and paragraph by paragraph.
 */
import type { PolicyBlockSection, PolicyParagraph } from '../policy/body.ts';
import { ABSTRACT_KEY, type BlockKey, SECTION_KEYS } from '../../schemas/sections.ts';
import type { AddendumRow, Policy } from '../../schemas/policy.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import timelineWords from '../../i18n/messages/policy-timeline.ts';
import { sectionLabelIn } from '../policy/section-labels.ts';
import { jaccard, shingleSet, tokenize } from './shingles.ts';

/** What the timeline needs of a policy: its slug and these frontmatter fields (`PolicySchema`). */
export type PolicyMeta = Pick<Policy, 'technology' | 'title' | 'status' | 'posted' | 'updated'> & {
  slug: string;
  addenda: readonly AddendumRow[];
};

/** One dated event in a policy's history. */
export interface PolicyEvent {
  /** YYYY-MM-DD as printed on the policy. */
  date: string;
  slug: string;
  technology: string;
  kind: 'posted' | 'updated' | 'addendum';
  /** "Final policy posted", "Final policy updated", "Addendum" (in the requested language). */
  label: string;
  /** Addendum description as printed; empty for posted/updated. */
  description: string;
  /** Anchor on the policy page that shows the event's source (`addendum-<i>`, else the page top). */
  anchor: string;
  /** Stable id, unique across all events (used as the feed entry id). */
  id: string;
}

/**
 * The dated events of one policy, oldest first (posted, updated, then addenda
 * on the same day); labels in `locale` (the feed uses English).
 */
export function policyEvents(p: PolicyMeta, locale: Locale = DEFAULT_LOCALE): PolicyEvent[] {
  const m = t(timelineWords, locale);
  const base = { slug: p.slug, technology: p.technology };
  const events: PolicyEvent[] = [];
  if (p.posted)
    events.push({
      ...base,
      date: p.posted,
      kind: 'posted',
      label: p.status === 'final' ? m.finalPosted : m.draftPosted,
      description: '',
      anchor: '',
      id: `${p.slug}/posted/${p.posted}`,
    });
  if (p.updated)
    events.push({
      ...base,
      date: p.updated,
      kind: 'updated',
      label: p.status === 'final' ? m.finalUpdated : m.draftUpdated,
      description: '',
      anchor: '',
      id: `${p.slug}/updated/${p.updated}`,
    });
  p.addenda.forEach((a, i) =>
    events.push({
      ...base,
      date: a.date,
      kind: 'addendum',
      label: m.addendum,
      description: a.description,
      anchor: `addendum-${i + 1}`,
      id: `${p.slug}/addendum-${i + 1}/${a.date}`,
    }),
  );
  const rank = { posted: 0, updated: 1, addendum: 2 } as const;
  return events.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind]);
}

/** Every event of every policy, newest first; same-day events by technology, then kind. */
export function allEvents(
  policies: readonly PolicyMeta[],
  locale: Locale = DEFAULT_LOCALE,
): PolicyEvent[] {
  const rank = { posted: 0, updated: 1, addendum: 2 } as const;
  return policies
    .flatMap((p) => policyEvents(p, locale))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.technology.localeCompare(b.technology) ||
        rank[a.kind] - rank[b.kind] ||
        a.id.localeCompare(b.id),
    );
}

/** The date a version is known by: updated, else posted, else null. */
export function versionDate(p: Pick<PolicyMeta, 'posted' | 'updated'>): string | null {
  return p.updated ?? p.posted ?? null;
}

/** Normalised technology name used to recognise two versions of one policy. */
export function technologyKey(technology: string): string {
  return tokenize(technology)
    .map((t) => t.word)
    .join(' ');
}

/**
 * Groups policies that are versions of the same technology (same technology
 * name, ignoring case and punctuation); only groups of two or more are
 * returned, each ordered oldest first (undated versions first, by slug).
 */
export function versionGroups<T extends PolicyMeta>(policies: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const p of policies) {
    const key = technologyKey(p.technology);
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) =>
      [...g].sort((a, b) => {
        const da = versionDate(a) ?? '';
        const db = versionDate(b) ?? '';
        return da.localeCompare(db) || a.slug.localeCompare(b.slug);
      }),
    );
}

/** A paragraph as it appears in a version comparison. */
export interface ParagraphRef {
  id: string;
  text: string;
}

/** How one paragraph changed between two versions. */
export type ParagraphDiff =
  | { kind: 'same'; before: ParagraphRef; after: ParagraphRef }
  | { kind: 'changed'; before: ParagraphRef; after: ParagraphRef; similarity: number }
  | { kind: 'removed'; before: ParagraphRef }
  | { kind: 'added'; after: ParagraphRef };

/** How one section changed between two versions. */
export interface SectionDiff {
  key: BlockKey;
  label: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed' | 'absent';
  /** Jaccard similarity of the section's word shingles in the two versions (1 when unchanged); null when a version lacks the section or both are too short to shingle. */
  similarity: number | null;
  paragraphs: ParagraphDiff[];
}

/** Two paragraphs whose words overlap at least this much (Dice coefficient) are shown as one changed paragraph. */
export const CHANGED_PARAGRAPH_THRESHOLD = 0.5;

function norm(p: PolicyParagraph): string {
  return tokenize(p.text)
    .map((t) => t.word)
    .join(' ');
}

function dice(a: string, b: string): number {
  const wa = a.split(' ').filter(Boolean);
  const wb = b.split(' ').filter(Boolean);
  if (wa.length + wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

const ref = (p: PolicyParagraph): ParagraphRef => ({ id: p.id, text: p.text });

/** Aligns two paragraph lists: identical paragraphs (after normalisation) by LCS, the rest paired or left added/removed. */
export function diffParagraphs(
  before: readonly PolicyParagraph[],
  after: readonly PolicyParagraph[],
): ParagraphDiff[] {
  const a = before.map(norm);
  const b = after.map(norm);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i] === b[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0);

  const out: ParagraphDiff[] = [];
  let removed: PolicyParagraph[] = [];
  let added: PolicyParagraph[] = [];
  const flush = () => {
    const used = new Set<number>();
    let k = 0;
    for (const r of removed) {
      // Pair with the next unused added paragraph (in order) that is similar enough.
      let paired = false;
      for (let j = k; j < added.length; j++) {
        const s = dice(norm(r), norm(added[j] as PolicyParagraph));
        if (s >= CHANGED_PARAGRAPH_THRESHOLD) {
          for (let x = k; x < j; x++) {
            out.push({ kind: 'added', after: ref(added[x] as PolicyParagraph) });
            used.add(x);
          }
          out.push({
            kind: 'changed',
            before: ref(r),
            after: ref(added[j] as PolicyParagraph),
            similarity: s,
          });
          used.add(j);
          k = j + 1;
          paired = true;
          break;
        }
      }
      if (!paired) out.push({ kind: 'removed', before: ref(r) });
    }
    added.forEach((p, x) => {
      if (!used.has(x)) out.push({ kind: 'added', after: ref(p) });
    });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      out.push({
        kind: 'same',
        before: ref(before[i] as PolicyParagraph),
        after: ref(after[j] as PolicyParagraph),
      });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      added.push(after[j] as PolicyParagraph);
      j++;
    } else {
      removed.push(before[i] as PolicyParagraph);
      i++;
    }
  }
  flush();
  return out;
}

/**
 * Compares two versions of a policy section by section (abstract first,
 * then statutory order): which sections were added, removed, changed or left
 * unchanged, how similar each is, and paragraph by paragraph what changed.
 * Section labels in `locale`.
 */
export function compareVersions(
  older: readonly PolicyBlockSection[],
  newer: readonly PolicyBlockSection[],
  locale: Locale = DEFAULT_LOCALE,
): SectionDiff[] {
  const keys: BlockKey[] = [ABSTRACT_KEY, ...SECTION_KEYS];
  return keys.map((key): SectionDiff => {
    const a = older.find((s) => s.key === key);
    const b = newer.find((s) => s.key === key);
    const label = sectionLabelIn(key, locale);
    if (!a && !b) return { key, label, status: 'absent', similarity: null, paragraphs: [] };
    if (!a)
      return {
        key,
        label,
        status: 'added',
        similarity: null,
        paragraphs: (b as PolicyBlockSection).paragraphs.map((p) => ({
          kind: 'added',
          after: ref(p),
        })),
      };
    if (!b)
      return {
        key,
        label,
        status: 'removed',
        similarity: null,
        paragraphs: a.paragraphs.map((p) => ({ kind: 'removed', before: ref(p) })),
      };
    const paragraphs = diffParagraphs(a.paragraphs, b.paragraphs);
    const text = (s: PolicyBlockSection) => s.paragraphs.map((p) => p.text).join('\n');
    const unchanged = paragraphs.every((d) => d.kind === 'same');
    const sa = shingleSet(text(a));
    const sb = shingleSet(text(b));
    return {
      key,
      label,
      status: unchanged ? 'unchanged' : 'changed',
      similarity: unchanged ? 1 : sa.size + sb.size === 0 ? null : jaccard(sa, sb),
      paragraphs,
    };
  });
}
