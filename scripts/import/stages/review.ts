/**
 * Review stages: suspected extraction errors flagged, reviewed corrections
 * applied, table rows paired, footnotes placed, missing sections listed.
 */
import {
  ABSTRACT_KEY,
  SECTIONS,
  type SectionKey,
  listItemId,
  paragraphId,
} from '../../../src/schemas/sections.ts';
import type { ChangeRow } from '../../../src/schemas/policy.ts';
import type { Correction } from '../../../src/schemas/corrections.ts';
import { type AppliedCorrection, correctCells, correctText } from '../corrections.ts';
import type { Identity } from '../cover.ts';
import { type Located, type SuspectedError, findSuspectedErrors } from '../extraction-errors.ts';
import type { FootnoteText } from '../footnotes.ts';
import type { BodySection } from '../markdown.ts';
import { type AddendaTable, type ChangesColumns, pairChanges, type Unplaced } from '../tables.ts';
import { ImportError } from '../types.ts';
import type { ImportState } from './state.ts';

/** What the review stages read and correct. */
export interface Reviewable extends ImportState {
  identity: Identity;
  sections: readonly BodySection[];
  footnotes: readonly FootnoteText[];
  changes: ChangesColumns | null;
  addenda: AddendaTable | null;
}

/** Every paragraph and list item of the body with its id (`<key>-p<n>`, `<key>-p<n>-<i>`). */
export function bodyTexts(sections: readonly BodySection[]): Located[] {
  return sections.flatMap((s) =>
    s.blocks.flatMap((b, bi): Located[] =>
      b.kind === 'paragraph'
        ? [{ where: paragraphId(s.key, bi + 1), text: b.text }]
        : b.items.map((it, ii) => ({ where: listItemId(s.key, bi + 1, ii + 1), text: it.text })),
    ),
  );
}

/** The sections with their texts replaced by id (as given by bodyTexts). */
export function withBodyTexts(
  sections: readonly BodySection[],
  texts: readonly Located[],
): BodySection[] {
  const byId = new Map(texts.map((t) => [t.where, t.text]));
  return sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b, bi) =>
      b.kind === 'paragraph'
        ? { ...b, text: byId.get(paragraphId(s.key, bi + 1)) ?? b.text }
        : {
            ...b,
            items: b.items.map((it, ii) => ({
              ...it,
              text: byId.get(listItemId(s.key, bi + 1, ii + 1)) ?? it.text,
            })),
          },
    ),
  }));
}

const footnoteTexts = (footnotes: readonly FootnoteText[]): Located[] =>
  footnotes.map((f) => ({ where: `footnote ${f.n}`, text: f.text }));

const addendumTexts = (addenda: AddendaTable | null): Located[] =>
  (addenda?.rows ?? []).map((r, i) => ({ where: `addendum ${i + 1}`, text: r.description }));

/** Flags likely extraction errors (see findSuspectedErrors) in all imported text, before any correction. */
export function findSuspected<S extends Reviewable>(
  s: S,
): S & { suspected: readonly SuspectedError[] } {
  const cells = (column: 'update' | 'description'): Located[] =>
    (s.changes?.[column] ?? []).map((text, i) => ({
      where: `changes ${column} cell ${i + 1}`,
      text,
    }));
  const located = [
    ...bodyTexts(s.sections),
    ...footnoteTexts(s.footnotes),
    ...cells('update'),
    ...cells('description'),
    ...addendumTexts(s.addenda),
  ];
  return { ...s, suspected: findSuspectedErrors(located, s.documentText) };
}

/** What a correction changes. */
export type Corrected = Pick<Reviewable, 'sections' | 'footnotes' | 'changes' | 'addenda'>;

/** One correction applied to the texts it targets (unchanged when it cannot be applied). */
export function correctOne(
  text: Corrected,
  c: Correction,
  fileName: string,
): { text: Corrected; applied: AppliedCorrection | null; problem: string | null } {
  if (c.target === 'heading')
    return {
      text,
      applied: null,
      problem: `heading correction "${String(c.original)}" is applied to the lines before the text is split (applyHeadingCorrections), not here`,
    };
  if (c.target === 'body') {
    const pieces = bodyTexts(text.sections);
    const result = correctText(pieces, c);
    const blank = pieces.find((p) => !p.text.trim());
    if (blank)
      throw new ImportError(
        `${fileName}: the correction "${String(c.original)}" -> "${String(c.corrected)}" leaves ${blank.where} blank; a correction cannot remove a whole paragraph or list item.`,
      );
    return { ...result, text: { ...text, sections: withBodyTexts(text.sections, pieces) } };
  }
  if (c.target === 'footnote') {
    const pieces = footnoteTexts(text.footnotes);
    const result = correctText(pieces, c);
    const footnotes = text.footnotes.map((f, i) => ({ ...f, text: pieces[i]?.text ?? f.text }));
    return { ...result, text: { ...text, footnotes } };
  }
  if (c.target === 'addenda.description') {
    const pieces = addendumTexts(text.addenda);
    const result = correctText(pieces, c);
    const { addenda } = text;
    const rows = (addenda?.rows ?? []).map((r, i) => ({
      ...r,
      description: pieces[i]?.text ?? r.description,
    }));
    return { ...result, text: { ...text, addenda: addenda && { ...addenda, rows } } };
  }
  if (!text.changes)
    return {
      text,
      applied: null,
      problem: `correction of ${c.target} not applied: the document has no changes table`,
    };
  const column = c.target === 'changes.update' ? 'update' : 'description';
  const cells = [...text.changes[column]];
  const result = correctCells(cells, c, `changes ${column}`);
  return { ...result, text: { ...text, changes: { ...text.changes, [column]: cells } } };
}

/**
 * Applies the reviewed corrections in order; one that cannot be applied
 * becomes a warning. Throws ImportError for corrections written for another
 * policy, or one that would leave a paragraph or list item blank.
 */
export function applyCorrections<S extends Reviewable>(s: S): S {
  const { corrections, fileName } = s.input;
  if (corrections && corrections.slug !== s.identity.slug)
    throw new ImportError(
      `${fileName}: the corrections file is for "${corrections.slug}", not "${s.identity.slug}".`,
    );
  let text: Corrected = {
    sections: s.sections,
    footnotes: s.footnotes,
    changes: s.changes,
    addenda: s.addenda,
  };
  const applied: AppliedCorrection[] = [];
  const warnings: string[] = [];
  // Heading corrections were applied before the text was split (applyHeadingCorrections).
  for (const c of (corrections?.corrections ?? []).filter((x) => x.target !== 'heading')) {
    const result = correctOne(text, c, fileName);
    text = result.text;
    if (result.applied) applied.push(result.applied);
    if (result.problem) warnings.push(result.problem);
  }
  return {
    ...s,
    ...text,
    applied: [...s.applied, ...applied],
    warnings: [...s.warnings, ...warnings],
  };
}

/**
 * Pairs the two columns of the changes table into rows; cells left without
 * a partner are reported as unassigned text (with a warning), as is text
 * the table readers could not place.
 */
export function pairChangeRows<S extends Reviewable>(
  s: S,
): S & { changeRows: readonly ChangeRow[] } {
  const { changes, addenda } = s;
  const paired = changes ? pairChanges(changes) : { rows: [], leftover: [] };
  const leftover: Unplaced[] = paired.leftover.map((t) => ({
    line: 0,
    text: t,
    reason: 'changes table: cell without a partner',
  }));
  return {
    ...s,
    changeRows: paired.rows,
    warnings:
      changes && leftover.length > 0
        ? [
            ...s.warnings,
            `changes table: ${changes.update.length} "Update" cells but ${changes.description.length} "Description of Update" cells; the extra cells are listed as unassigned text. Add a reviewed entry to data/policies/${s.identity.slug}/corrections.json.`,
          ]
        : s.warnings,
    unassigned: [
      ...s.unassigned,
      ...(changes?.unplaced ?? []),
      ...leftover,
      ...(addenda?.unplaced ?? []),
    ],
  };
}

/**
 * Where each footnote is referenced: the paragraph (or list) whose text
 * carries its marker, the last one when several do. A footnote whose
 * marker is nowhere gets a warning.
 */
export function locateFootnoteRefs<S extends Reviewable>(
  s: S,
): S & { refs: ReadonlyMap<number, string> } {
  const refs = new Map(
    s.sections.flatMap((sec) =>
      sec.blocks.flatMap((b, bi) => {
        const text = b.kind === 'paragraph' ? b.text : b.items.map((it) => it.text).join(' ');
        return [...text.matchAll(/\[\^(\d+)\]/g)].map((m): [number, string] => [
          Number(m[1]),
          paragraphId(sec.key, bi + 1),
        ]);
      }),
    ),
  );
  return {
    ...s,
    refs,
    warnings: [
      ...s.warnings,
      ...s.footnotes
        .filter((f) => !refs.has(f.n))
        .map((f) => `footnote ${f.n}: its marker was not found in the body`),
    ],
  };
}

/** The statutory sections the document lacks, each with a warning (and one when the abstract is missing). */
export function listMissing<S extends ImportState & { sections: readonly BodySection[] }>(
  s: S,
): S & { missing: readonly SectionKey[] } {
  const found = new Set(s.sections.map((sec) => sec.key));
  const missing = SECTIONS.filter((sec) => !found.has(sec.key));
  return {
    ...s,
    missing: missing.map((sec) => sec.key),
    warnings: [
      ...s.warnings,
      ...missing.map((sec) => `section "${sec.key}" (${sec.heading}) not found`),
      ...(found.has(ABSTRACT_KEY) ? [] : ['no ABSTRACT found']),
    ],
  };
}
