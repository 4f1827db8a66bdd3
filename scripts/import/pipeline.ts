import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import {
  ABSTRACT_KEY,
  type BlockKey,
  SECTIONS,
  listItemId,
  paragraphId,
} from '../../src/schemas/sections.ts';
import { type Policy, PolicySchema } from '../../src/schemas/policy.ts';
import type { CorrectionsFile } from '../../src/schemas/corrections.ts';
import { type AppliedCorrection, correctCells, correctText } from './corrections.ts';
import {
  type Cover,
  coverAt,
  DATE_LINE,
  fileStem,
  parsePrintedDate,
  slugify,
  titleCase,
} from './cover.ts';
import { type Located, type SuspectedError, findSuspectedErrors } from './extraction-errors.ts';
import {
  extractFootnoteTexts,
  type FootnoteText,
  linkMarkers,
  type LinkedMarker,
} from './footnotes.ts';
import { withFrontmatter } from './frontmatter.ts';
import { findFurniture } from './furniture.ts';
import { type FoundHeading, findHeadings } from './headings.ts';
import { type Hyphenation, hyphenRule } from './hyphenation.ts';
import { buildLists } from './lists.ts';
import { type BodySection, writeBody } from './markdown.ts';
import { joinParagraphs, type RawBlock } from './paragraphs.ts';
import { type ImportReport, buildReport } from './report.ts';
import { pairChanges, readAddendaTable, readChangesTable, type Unplaced } from './tables.ts';
import { ImportError, type Line, type RemovedFurniture } from './types.ts';
import { assertImportable } from './validate.ts';

/** What the importer was given. */
export interface ImportInput {
  lines: readonly Line[];
  /** Source file name as received, e.g. `facial-recognition.txt`. */
  fileName: string;
  /** SHA-256 of the source bytes, lowercase hex. */
  sha256: string;
  format: 'pdf' | 'text';
  /** Reviewed corrections for this policy, if any. */
  corrections?: CorrectionsFile | null;
}

/** The technology a document is about, and where that came from. */
export interface Identity {
  technology: string;
  slug: string;
  cover: Cover | null;
}

/** Everything the nothing-lost check needs to account for the input's words. */
export interface ImportTrace {
  /** Printed text consumed as structure: cover and date lines, table headings and header labels. */
  structural: string[];
  hyphenations: Hyphenation[];
  footnoteLabels: string[];
  /** The item numbers printed before list items ("1." -> "1"); numbers inferred by position are not printed. */
  listNumbers: string[];
  markers: LinkedMarker[];
}

/** A successful import. */
export interface ImportResult {
  slug: string;
  frontmatter: Policy;
  body: string;
  /** The complete `<slug>.md`. */
  markdown: string;
  report: ImportReport;
  trace: ImportTrace;
}

/**
 * The technology: from the cover line "<TECHNOLOGY>: IMPACT AND USE POLICY"
 * when printed before the first heading, else from the file name.
 */
export function identify(lines: readonly Line[], fileName: string): Identity {
  const headings = findHeadings(lines);
  const limit = headings[0]?.start ?? lines.length;
  for (let i = 0; i < limit; i++) {
    const cover = coverAt(lines, i);
    if (cover) {
      const technology = titleCase(cover.technology);
      return { technology, slug: slugify(technology), cover };
    }
  }
  const technology = titleCase(fileStem(fileName));
  return { technology, slug: slugify(technology), cover: null };
}

function located(
  sections: readonly BodySection[],
): { where: string; get: () => string; set: (t: string) => void }[] {
  const out: { where: string; get: () => string; set: (t: string) => void }[] = [];
  for (const s of sections)
    s.blocks.forEach((b, bi) => {
      const id = paragraphId(s.key, bi + 1);
      if (b.kind === 'paragraph')
        out.push({ where: id, get: () => b.text, set: (t) => (b.text = t) });
      else
        b.items.forEach((it, ii) =>
          out.push({
            where: listItemId(s.key, bi + 1, ii + 1),
            get: () => it.text,
            set: (t) => (it.text = t),
          }),
        );
    });
  return out;
}

/**
 * Turns one extracted policy into its content entry: frontmatter (validated
 * by PolicySchema), Markdown body and import report. Pure. Throws
 * ImportError for input that is empty or has no statutory headings.
 */
export function importPolicy(input: ImportInput): ImportResult {
  const { fileName } = input;
  assertImportable(input.lines, fileName);
  const warnings: string[] = [];
  const removed: RemovedFurniture[] = [];
  const unassigned: Unplaced[] = [];
  const structural: string[] = [];
  const hyphenations: Hyphenation[] = [];
  const documentText = input.lines.map((l) => l.text).join('\n');
  const decide = hyphenRule(documentText);

  const identity = identify(input.lines, fileName);
  if (!identity.cover)
    warnings.push(
      `no cover line "<TECHNOLOGY>: IMPACT AND USE POLICY" found; technology "${identity.technology}" taken from the file name ${fileName}`,
    );

  // Work on a copy in which consumed lines are blanked (page starts move to the next line).
  const lines: Line[] = input.lines.map((l) => ({ ...l }));
  const blank = (idx: number): void => {
    const l = lines[idx];
    if (!l) return;
    if (l.pageStart) {
      const next = lines.slice(idx + 1).find((x) => x.text);
      if (next) next.pageStart = true;
    }
    l.text = '';
    l.pageStart = false;
  };
  const cover = identity.cover;
  if (cover) {
    structural.push(cover.printed);
    cover.indexes.forEach(blank);
  }

  const furniture = findFurniture(input.lines, cover);
  removed.push(...furniture.removed);
  [...furniture.drop].sort((a, b) => a - b).forEach(blank);

  let headings: FoundHeading[] = findHeadings(lines);
  const firstHeading = headings[0]?.start ?? lines.length;
  let posted: string | undefined;
  let updated: string | undefined;
  for (let i = 0; i < firstHeading; i++) {
    const m = DATE_LINE.exec(lines[i]?.text ?? '');
    const iso = m?.[2] ? parsePrintedDate(m[2]) : null;
    if (!m || !iso) continue;
    if (/^posted/i.test(m[1] ?? '')) posted ??= iso;
    else updated ??= iso;
    structural.push(lines[i]?.text ?? '');
    blank(i);
  }

  const sectionHeadings = headings.filter((h) => h.heading.kind === 'section');

  // Footnote texts (after the first section heading) leave the body.
  const headingLines = new Set(
    headings.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)),
  );
  const footnoteTexts: FootnoteText[] = extractFootnoteTexts(
    lines,
    sectionHeadings[0]?.start ?? 0,
    headingLines,
  );
  footnoteTexts.forEach((f) => f.indexes.forEach(blank));
  headings = findHeadings(lines);

  for (let i = 0; i < (headings[0]?.start ?? lines.length); i++) {
    const l = lines[i];
    if (l?.text)
      unassigned.push({ line: l.n, text: l.text, reason: 'text before the first heading' });
  }

  // Sections, tables.
  const raw = new Map<BlockKey, { heading: string; blocks: RawBlock[] }>();
  const order: BlockKey[] = [];
  let changesColumns: ReturnType<typeof readChangesTable> | null = null;
  let addenda: ReturnType<typeof readAddendaTable> | null = null;
  headings.forEach((h, hi) => {
    const region = lines.slice(h.end, headings[hi + 1]?.start ?? lines.length);
    const kind = h.heading;
    if (kind.kind === 'changes') {
      structural.push(h.text);
      if (changesColumns)
        warnings.push(`second changes table at line ${lines[h.start]?.n}; its rows are appended`);
      const read = readChangesTable(region, decide, hyphenations);
      if (changesColumns) {
        changesColumns.update.push(...read.update);
        changesColumns.description.push(...read.description);
        changesColumns.labels.push(...read.labels);
        changesColumns.unplaced.push(...read.unplaced);
      } else changesColumns = read;
      return;
    }
    if (kind.kind === 'addenda') {
      structural.push(h.text);
      const read = readAddendaTable(region, decide, hyphenations);
      if (addenda) {
        addenda.rows.push(...read.rows);
        addenda.labels.push(...read.labels);
        addenda.unplaced.push(...read.unplaced);
      } else addenda = read;
      return;
    }
    const blocks = joinParagraphs(region, decide, hyphenations);
    const existing = raw.get(kind.key);
    if (existing) {
      warnings.push(
        `heading "${h.text}" at line ${lines[h.start]?.n} repeats section ${kind.key}; its text is appended to the first`,
      );
      structural.push(h.text);
      existing.blocks.push(...blocks);
    } else {
      raw.set(kind.key, { heading: h.text, blocks });
      order.push(kind.key);
    }
  });
  const statutory = [ABSTRACT_KEY, ...SECTIONS.map((s) => s.key)] as BlockKey[];
  const foundOrder = order.filter((k) => statutory.includes(k));
  if (
    foundOrder.some(
      (k, i) => i > 0 && statutory.indexOf(k) < statutory.indexOf(foundOrder[i - 1] as BlockKey),
    )
  )
    warnings.push(
      `sections are printed out of statutory order (${foundOrder.join(', ')}); written in statutory order`,
    );

  // Footnote markers, across all sections in document order.
  const allRaw = order.flatMap((k) => raw.get(k)?.blocks ?? []);
  const linked = linkMarkers(
    allRaw.map((b) => b.text),
    footnoteTexts.map((f) => f.n),
  );
  allRaw.forEach((b, i) => (b.text = linked.texts[i] ?? b.text));

  const unknownHeadings: { line: number; text: string }[] = [];
  const sections: BodySection[] = [];
  for (const key of statutory) {
    const r = raw.get(key);
    if (!r) continue;
    r.blocks
      .filter((b) => b.caps)
      .forEach((b) => unknownHeadings.push({ line: b.line, text: b.text }));
    const lists = buildLists(r.blocks);
    warnings.push(...lists.warnings);
    sections.push({ key, heading: r.heading, blocks: lists.blocks });
  }
  unknownHeadings.forEach((u) =>
    warnings.push(`unknown heading "${u.text}" at line ${u.line}; kept as a paragraph`),
  );

  // Changes and addenda tables.
  const columns = changesColumns as ReturnType<typeof readChangesTable> | null;
  const addendaRead = addenda as ReturnType<typeof readAddendaTable> | null;
  if (columns) structural.push(...columns.labels);
  if (addendaRead) structural.push(...addendaRead.labels);

  // Suspected extraction errors, before any correction.
  const texts = located(sections);
  const locatedTexts: Located[] = [
    ...texts.map((t) => ({ where: t.where, text: t.get() })),
    ...footnoteTexts.map((f) => ({ where: `footnote ${f.n}`, text: f.text })),
    ...(columns?.update.map((t, i) => ({ where: `changes update cell ${i + 1}`, text: t })) ?? []),
    ...(columns?.description.map((t, i) => ({
      where: `changes description cell ${i + 1}`,
      text: t,
    })) ?? []),
    ...(addendaRead?.rows.map((r, i) => ({ where: `addendum ${i + 1}`, text: r.description })) ??
      []),
  ];
  const suspected: SuspectedError[] = findSuspectedErrors(locatedTexts, documentText);

  // Reviewed corrections.
  const applied: AppliedCorrection[] = [];
  const corrections = input.corrections?.corrections ?? [];
  if (input.corrections && input.corrections.slug !== identity.slug)
    throw new ImportError(
      `${fileName}: the corrections file is for "${input.corrections.slug}", not "${identity.slug}".`,
    );
  for (const c of corrections) {
    let result: { applied: AppliedCorrection | null; problem: string | null };
    if (c.target === 'body') {
      const pieces = texts.map((t) => ({ where: t.where, text: t.get() }));
      result = correctText(pieces, c);
      pieces.forEach((p, i) => texts[i]?.set(p.text));
    } else if (c.target === 'footnote') {
      const pieces = footnoteTexts.map((f) => ({ where: `footnote ${f.n}`, text: f.text }));
      result = correctText(pieces, c);
      pieces.forEach((p, i) => {
        const f = footnoteTexts[i];
        if (f) f.text = p.text;
      });
    } else if (c.target === 'addenda.description') {
      const pieces = (addendaRead?.rows ?? []).map((r, i) => ({
        where: `addendum ${i + 1}`,
        text: r.description,
      }));
      result = correctText(pieces, c);
      pieces.forEach((p, i) => {
        const r = addendaRead?.rows[i];
        if (r) r.description = p.text;
      });
    } else if (columns) {
      const column = c.target === 'changes.update' ? 'update' : 'description';
      result = correctCells(columns[column], c, `changes ${column}`);
    } else
      result = {
        applied: null,
        problem: `correction of ${c.target} not applied: the document has no changes table`,
      };
    if (result.applied) applied.push(result.applied);
    if (result.problem) warnings.push(result.problem);
  }

  let changes: { update: string; description: string }[] = [];
  if (columns) {
    unassigned.push(...columns.unplaced);
    const paired = pairChanges(columns);
    changes = paired.rows;
    if (paired.leftover.length > 0) {
      warnings.push(
        `changes table: ${columns.update.length} "Update" cells but ${columns.description.length} "Description of Update" cells; the extra cells are listed as unassigned text. Add a reviewed entry to data/policies/${identity.slug}/corrections.json.`,
      );
      paired.leftover.forEach((t) =>
        unassigned.push({ line: 0, text: t, reason: 'changes table: cell without a partner' }),
      );
    }
  }
  if (addendaRead) unassigned.push(...addendaRead.unplaced);

  // Footnote references: the paragraph whose text carries the marker.
  const refs = new Map<number, string>();
  for (const s of sections)
    s.blocks.forEach((b, bi) => {
      const text = b.kind === 'paragraph' ? b.text : b.items.map((it) => it.text).join(' ');
      for (const m of text.matchAll(/\[\^(\d+)\]/g))
        refs.set(Number(m[1]), paragraphId(s.key, bi + 1));
    });
  for (const f of footnoteTexts)
    if (!refs.has(f.n)) warnings.push(`footnote ${f.n}: its marker was not found in the body`);

  const body = writeBody(sections);
  const parsed = parsePolicyBody(body);
  const problems = sections.filter(
    (s, i) => parsed[i]?.key !== s.key || parsed[i]?.paragraphs.length !== s.blocks.length,
  );
  if (parsed.length !== sections.length || problems.length > 0)
    throw new ImportError(
      `${fileName}: internal error: the written body does not parse back into the sections built (${problems.map((p) => p.key).join(', ')}).`,
    );

  const missing = SECTIONS.map((s) => s.key).filter((k) => !raw.has(k));
  for (const k of missing)
    warnings.push(`section "${k}" (${SECTIONS.find((s) => s.key === k)?.heading}) not found`);
  if (!raw.has(ABSTRACT_KEY)) warnings.push('no ABSTRACT found');

  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const frontmatterInput = {
    title: `${identity.technology}: Impact and Use Policy`,
    technology: identity.technology,
    // A "summary of changes between draft & final policy" is printed only on a final policy.
    status: columns ? 'final' : 'draft',
    ...(posted ? { posted } : {}),
    ...(updated ? { updated } : {}),
    source: {
      file: baseName,
      path: `data/policies/${identity.slug}/${baseName}`,
      sha256: input.sha256,
      format: input.format,
    },
    changes,
    addenda: (addendaRead?.rows ?? []).map((r) => ({
      date: r.date,
      printedDate: r.printedDate,
      description: r.description,
    })),
    footnotes: footnoteTexts.map((f) => {
      const ref = refs.get(f.n);
      return ref ? { n: f.n, text: f.text, ref } : { n: f.n, text: f.text };
    }),
    sections: SECTIONS.map((s) => {
      const p = parsed.find((x) => x.key === s.key);
      return p
        ? {
            key: s.key,
            heading: raw.get(s.key)?.heading ?? p.heading,
            found: true,
            paragraphs: p.paragraphs.length,
          }
        : { key: s.key, found: false, paragraphs: 0 };
    }),
    missing,
  };
  const checked = PolicySchema.safeParse(frontmatterInput);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ImportError(`${fileName}: the entry fails PolicySchema (${issues}).`);
  }
  const frontmatter = checked.data;
  const report = buildReport({
    slug: identity.slug,
    frontmatter,
    warnings,
    unknownHeadings,
    unassigned,
    suspected,
    applied,
    removed,
  });
  return {
    slug: identity.slug,
    frontmatter,
    body,
    markdown: withFrontmatter(frontmatterInput, body),
    report,
    trace: {
      structural,
      hyphenations,
      footnoteLabels: footnoteTexts.map((f) => f.label),
      listNumbers: sections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'list' ? b.items.filter((it) => !it.inferred).map((it) => String(it.n)) : [],
        ),
      ),
      markers: linked.markers,
    },
  };
}
