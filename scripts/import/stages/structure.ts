/**
 * Structuring stages: the text under each heading becomes the sections'
 * paragraphs and lists (with footnote markers linked) and the two tables.
 */
import { ABSTRACT_KEY, type BlockKey, SECTIONS } from '../../../src/schemas/sections.ts';
import { type FootnoteText, type LinkedMarker, linkMarkers } from '../footnotes.ts';
import type { Correction } from '../../../src/schemas/corrections.ts';
import { type ClosestSection, closestSection, findHeadings } from '../headings.ts';
import type { Hyphenation } from '../hyphenation.ts';
import { buildLists } from '../lists.ts';
import type { BodySection } from '../markdown.ts';
import { joinParagraphs, type RawBlock } from '../paragraphs.ts';
import {
  type AddendaTable,
  type ChangesColumns,
  readAddendaTable,
  readChangesTable,
  type Unplaced,
} from '../tables.ts';
import type { Line } from '../types.ts';
import type { ImportState } from './state.ts';

/** The abstract and the statutory sections, in the order the law lists them. */
export const STATUTORY: readonly BlockKey[] = [ABSTRACT_KEY, ...SECTIONS.map((s) => s.key)];

/** The text under one recognised heading, joined into blocks (before lists are rebuilt). */
export interface RawSection {
  key: BlockKey;
  /** Heading as printed (of the first, when a heading is repeated). */
  heading: string;
  blocks: readonly RawBlock[];
}

/** The lines under the table headings, one region per heading printed. */
export interface TableRegions {
  changes: readonly (readonly Line[])[];
  addenda: readonly (readonly Line[])[];
}

/**
 * Splits the text at the recognised headings: each section's text joined
 * into paragraph blocks (a repeated heading's text appended to the first,
 * with a warning), the table regions kept for readTables, text before the
 * first heading reported as unassigned.
 */
export function splitSections<S extends ImportState>(
  s: S,
): S & { rawSections: readonly RawSection[]; tableRegions: TableRegions } {
  const { lines } = s;
  const headings = findHeadings(lines);
  const unassigned: Unplaced[] = lines
    .slice(0, headings[0]?.start ?? lines.length)
    .filter((l) => l.text)
    .map((l) => ({ line: l.n, text: l.text, reason: 'text before the first heading' }));
  const warnings: string[] = [];
  const structural: string[] = [];
  const hyphenations: Hyphenation[] = [];
  const sections: RawSection[] = [];
  const changes: Line[][] = [];
  const addenda: Line[][] = [];
  for (const [hi, h] of headings.entries()) {
    const region = lines.slice(h.end, headings[hi + 1]?.start ?? lines.length);
    const at = lines[h.start]?.n;
    const kind = h.heading;
    if (kind.kind === 'changes') {
      structural.push(h.text);
      if (changes.length > 0)
        warnings.push(`second changes table at line ${at}; its rows are appended`);
      changes.push(region);
      continue;
    }
    if (kind.kind === 'addenda') {
      structural.push(h.text);
      addenda.push(region);
      continue;
    }
    const blocks = joinParagraphs(region, s.decide, hyphenations);
    const first = sections.findIndex((x) => x.key === kind.key);
    const existing = sections[first];
    if (existing) {
      warnings.push(
        `heading "${h.text}" at line ${at} repeats section ${kind.key}; its text is appended to the first`,
      );
      structural.push(h.text);
      sections[first] = { ...existing, blocks: [...existing.blocks, ...blocks] };
    } else sections.push({ key: kind.key, heading: h.text, blocks });
  }
  const printed = sections.map((x) => x.key);
  if (
    printed.some((k, i) => i > 0 && STATUTORY.indexOf(k) < STATUTORY.indexOf(printed[i - 1] ?? k))
  )
    warnings.push(
      `sections are printed out of statutory order (${printed.join(', ')}); written in statutory order`,
    );
  return {
    ...s,
    rawSections: sections,
    tableRegions: { changes, addenda },
    warnings: [...s.warnings, ...warnings],
    structural: [...s.structural, ...structural],
    unassigned: [...s.unassigned, ...unassigned],
    hyphenations: [...s.hyphenations, ...hyphenations],
  };
}

/**
 * Reads the "summary of changes" table (its two columns, before pairing)
 * and the addenda table; a table printed twice is read as one.
 */
export function readTables<S extends ImportState & { tableRegions: TableRegions }>(
  s: S,
): S & { changes: ChangesColumns | null; addenda: AddendaTable | null } {
  const hyphenations: Hyphenation[] = [];
  const changes = s.tableRegions.changes
    .map((region) => readChangesTable(region, s.decide, hyphenations))
    .reduce<ChangesColumns | null>(
      (all, read) =>
        all
          ? {
              ...all,
              update: [...all.update, ...read.update],
              description: [...all.description, ...read.description],
              labels: [...all.labels, ...read.labels],
              unplaced: [...all.unplaced, ...read.unplaced],
            }
          : read,
      null,
    );
  const addenda = s.tableRegions.addenda
    .map((region) => readAddendaTable(region, s.decide, hyphenations))
    .reduce<AddendaTable | null>(
      (all, read) =>
        all
          ? {
              rows: [...all.rows, ...read.rows],
              labels: [...all.labels, ...read.labels],
              unplaced: [...all.unplaced, ...read.unplaced],
            }
          : read,
      null,
    );
  return {
    ...s,
    changes,
    addenda,
    structural: [...s.structural, ...(changes?.labels ?? []), ...(addenda?.labels ?? [])],
    hyphenations: [...s.hyphenations, ...hyphenations],
  };
}

/**
 * Replaces the footnote markers in the sections' text by `[^n]`, across
 * all sections in the order printed (see linkMarkers).
 */
export function linkFootnotes<
  S extends { rawSections: readonly RawSection[]; footnotes: readonly FootnoteText[] },
>(s: S): S & { markers: readonly LinkedMarker[] } {
  const linked = linkMarkers(
    s.rawSections.flatMap((r) => r.blocks.map((b) => b.text)),
    s.footnotes.map((f) => f.n),
  );
  const rawSections: RawSection[] = [];
  let at = 0;
  for (const r of s.rawSections) {
    const offset = at;
    rawSections.push({
      ...r,
      blocks: r.blocks.map((b, k) => ({ ...b, text: linked.texts[offset + k] ?? b.text })),
    });
    at += r.blocks.length;
  }
  return { ...s, rawSections, markers: linked.markers };
}

/**
 * A line in capitals the importer does not know as a heading, kept as a
 * paragraph: never assigned to a section, but reported with the closest
 * statutory section and a corrections entry a reviewer can add to
 * `data/policies/<slug>/corrections.json` once the PDF confirms it.
 */
export interface UnknownHeading {
  line: number;
  text: string;
  /** The closest statutory section by heading similarity, and whether the document has it already. */
  closest: ClosestSection & { found: boolean };
  /** The corrections entry that would read this line as the closest section's heading. */
  suggestedCorrection: Correction;
}

/**
 * The body's sections in statutory order, ordered lists rebuilt from
 * numbered blocks (see buildLists); lines in capitals that are no known
 * heading are kept as paragraphs and reported.
 */
export function buildSections<S extends ImportState & { rawSections: readonly RawSection[] }>(
  s: S,
): S & { sections: readonly BodySection[]; unknownHeadings: readonly UnknownHeading[] } {
  const raw = STATUTORY.flatMap((key) => s.rawSections.filter((r) => r.key === key));
  const found = new Set(raw.map((r) => r.key));
  const unknownHeadings = raw.flatMap((r) =>
    r.blocks
      .filter((b) => b.caps)
      .map((b): UnknownHeading => {
        const closest = closestSection(b.text);
        return {
          line: b.line,
          text: b.text,
          closest: { ...closest, found: found.has(closest.key) },
          suggestedCorrection: {
            target: 'heading',
            original: b.text,
            corrected: closest.heading,
            reason: `Line ${b.line} prints "${b.text}" where the statutory heading "${closest.heading}" (${closest.key}) is expected; checked against the published PDF.`,
          },
        };
      }),
  );
  const built = raw.map((r) => ({ raw: r, lists: buildLists(r.blocks) }));
  return {
    ...s,
    sections: built.map(({ raw: r, lists }) => ({
      key: r.key,
      heading: r.heading,
      blocks: lists.blocks,
    })),
    unknownHeadings,
    warnings: [
      ...s.warnings,
      ...built.flatMap(({ lists }) => lists.warnings),
      ...unknownHeadings.map(
        (u) =>
          `unknown heading "${u.text}" at line ${u.line}; kept as a paragraph (closest section: ${u.closest.key}, similarity ${u.closest.similarity}${u.closest.found ? ', which the document has already' : ''}; the report suggests a corrections entry for review)`,
      ),
    ],
  };
}
