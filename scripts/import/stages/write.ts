/**
 * Writing stages: the frontmatter (checked by PolicySchema), the Markdown
 * entry, and the result with its report and trace.
 */
import type { z } from 'astro/zod';
import { type ChangeRow, type Policy, PolicySchema } from '../../../src/schemas/policy.ts';
import { SECTIONS, type SectionKey } from '../../../src/schemas/sections.ts';
import type { AppliedCorrection } from '../corrections.ts';
import type { SuspectedError } from '../extraction-errors.ts';
import type { LinkedMarker } from '../footnotes.ts';
import { withFrontmatter } from '../frontmatter.ts';
import { writeBody } from '../markdown.ts';
import { buildReport } from '../report.ts';
import { ImportError, type ImportResult } from '../types.ts';
import type { CoverReading, PrintedDates, TitleBlockLine } from './read.ts';
import type { Reviewable } from './review.ts';
import type { UnknownHeading } from './structure.ts';

/** Frontmatter as written: PolicySchema's input, keys in the order they are written. */
export type FrontmatterInput = z.input<typeof PolicySchema>;

/**
 * The frontmatter: title and technology, status (as the cover or running
 * headers print it, else `final` when a draft-to-final changes table is
 * printed, else `draft`), printed dates, source, tables, footnotes and
 * where each statutory section stands. Throws ImportError when PolicySchema
 * rejects it.
 */
export function buildFrontmatter<
  S extends Reviewable & {
    dates: PrintedDates;
    cover: CoverReading;
    changeRows: readonly ChangeRow[];
    refs: ReadonlyMap<number, string>;
    missing: readonly SectionKey[];
  },
>(s: S): S & { frontmatterInput: FrontmatterInput; frontmatter: Policy } {
  const { input, identity, dates, cover } = s;
  // A "summary of changes between draft & final policy" is printed only on a final policy.
  const status = cover.status ?? (s.changes ? 'final' : 'draft');
  const conflict =
    cover.status === 'draft' && s.changes
      ? [
          `the ${cover.statusFrom ?? 'cover'} says the policy is a draft, but a summary of changes between draft & final policy is printed; the status is taken from the ${cover.statusFrom ?? 'cover'}`,
        ]
      : [];
  const baseName = input.fileName.split(/[\\/]/).pop() ?? input.fileName;
  const frontmatterInput: FrontmatterInput = {
    title: `${identity.technology}: Impact and Use Policy`,
    technology: identity.technology,
    status,
    ...(dates.posted ? { posted: dates.posted } : {}),
    ...(dates.updated ? { updated: dates.updated } : {}),
    source: {
      file: baseName,
      path: `data/policies/${identity.slug}/${baseName}`,
      sha256: input.sha256,
      format: input.format,
    },
    changes: [...s.changeRows],
    addenda: (s.addenda?.rows ?? []).map((r) => ({
      date: r.date,
      printedDate: r.printedDate,
      description: r.description,
    })),
    footnotes: s.footnotes.map((f) => {
      const ref = s.refs.get(f.n);
      return ref ? { n: f.n, text: f.text, ref } : { n: f.n, text: f.text };
    }),
    sections: SECTIONS.map((sec) => {
      const built = s.sections.find((x) => x.key === sec.key);
      return built
        ? { key: sec.key, heading: built.heading, found: true, paragraphs: built.blocks.length }
        : { key: sec.key, found: false, paragraphs: 0 };
    }),
    missing: [...s.missing],
  };
  const checked = PolicySchema.safeParse(frontmatterInput);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ImportError(`${input.fileName}: the entry fails PolicySchema (${issues}).`);
  }
  return {
    ...s,
    frontmatterInput,
    frontmatter: checked.data,
    warnings: [...s.warnings, ...conflict],
  };
}

/** The Markdown body (see writeBody) and the complete `<slug>.md`. */
export function writeEntry<S extends Reviewable & { frontmatterInput: FrontmatterInput }>(
  s: S,
): S & { body: string; markdown: string } {
  const body = writeBody(s.sections);
  return { ...s, body, markdown: withFrontmatter(s.frontmatterInput, body) };
}

/** The import result: the entry, its report, and the trace the nothing-lost check reads. */
export function report(
  s: Reviewable & {
    frontmatter: Policy;
    body: string;
    markdown: string;
    titleBlock: readonly TitleBlockLine[];
    unknownHeadings: readonly UnknownHeading[];
    suspected: readonly SuspectedError[];
    applied: readonly AppliedCorrection[];
    markers: readonly LinkedMarker[];
  },
): ImportResult {
  return {
    slug: s.identity.slug,
    frontmatter: s.frontmatter,
    body: s.body,
    markdown: s.markdown,
    report: buildReport({
      slug: s.identity.slug,
      frontmatter: s.frontmatter,
      warnings: [...s.warnings],
      unknownHeadings: [...s.unknownHeadings],
      unassigned: [...s.unassigned],
      suspected: [...s.suspected],
      applied: [...s.applied],
      removed: [...s.removed],
      titleBlock: [...s.titleBlock],
    }),
    trace: {
      structural: [...s.structural],
      hyphenations: [...s.hyphenations],
      footnoteLabels: s.footnotes.map((f) => f.label),
      listNumbers: s.sections.flatMap((sec) =>
        sec.blocks.flatMap((b) =>
          b.kind === 'list' ? b.items.filter((it) => !it.inferred).map((it) => String(it.n)) : [],
        ),
      ),
      markers: [...s.markers],
    },
  };
}
