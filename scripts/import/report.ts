import type { Policy } from '../../src/schemas/policy.ts';
import type { AppliedCorrection } from './corrections.ts';
import type { SuspectedError } from './extraction-errors.ts';
import type { TitleBlockLine } from './stages/read.ts';
import type { UnknownHeading } from './stages/structure.ts';
import type { Unplaced } from './tables.ts';
import type { RemovedFurniture } from './types.ts';

/** The import report (`--report FILE.json`). */
export interface ImportReport {
  slug: string;
  status: 'draft' | 'final';
  /** For each statutory key: whether it was found and its number of paragraphs. */
  sections: Record<string, { found: boolean; paragraphs: number }>;
  missing: string[];
  warnings: string[];
  /** Lines in capitals that match no known heading, each with the closest section and a suggested corrections entry. */
  unknownHeadings: UnknownHeading[];
  unassignedText: Unplaced[];
  suspectedExtractionErrors: SuspectedError[];
  correctionsApplied: AppliedCorrection[];
  removedFurniture: RemovedFurniture[];
  /** What the cover prints besides the title, status and dates (before the first heading). */
  titleBlock: TitleBlockLine[];
}

/** Assembles the report from the validated frontmatter and what the import found. */
export function buildReport(r: {
  slug: string;
  frontmatter: Policy;
  warnings: string[];
  unknownHeadings: UnknownHeading[];
  unassigned: Unplaced[];
  suspected: SuspectedError[];
  applied: AppliedCorrection[];
  removed: RemovedFurniture[];
  titleBlock: TitleBlockLine[];
}): ImportReport {
  const sections: ImportReport['sections'] = {};
  for (const s of r.frontmatter.sections)
    sections[s.key] = { found: s.found, paragraphs: s.paragraphs };
  const warnings = [...r.warnings];
  for (const u of r.unassigned) warnings.push(`unassigned text at line ${u.line}: ${u.reason}`);
  return {
    slug: r.slug,
    status: r.frontmatter.status,
    sections,
    missing: [...r.frontmatter.missing],
    warnings,
    unknownHeadings: r.unknownHeadings,
    unassignedText: r.unassigned,
    suspectedExtractionErrors: r.suspected,
    correctionsApplied: r.applied,
    removedFurniture: r.removed,
    titleBlock: r.titleBlock,
  };
}

/** The short human summary printed on stdout (with the printed dates, when given). */
export function formatSummary(
  report: ImportReport,
  written: string,
  dates?: Pick<Policy, 'posted' | 'updated'>,
): string {
  const found = Object.entries(report.sections).filter(([, s]) => s.found);
  const lines = [
    `${written}: ${report.slug} (${[report.status, ...(dates?.posted ? [`posted ${dates.posted}`] : []), ...(dates?.updated ? [`updated ${dates.updated}`] : [])].join(', ')}), ${found.length} of 10 sections`,
    ...Object.entries(report.sections).map(
      ([k, s]) =>
        `  ${s.found ? '✓' : '✗'} ${k.padEnd(18)} ${s.found ? `${s.paragraphs} paragraphs` : 'MISSING'}`,
    ),
    `  removed page furniture: ${report.removedFurniture.length}; title block lines: ${report.titleBlock.length}; corrections applied: ${report.correctionsApplied.length}; suspected extraction errors: ${report.suspectedExtractionErrors.length}; unknown headings: ${report.unknownHeadings.length}; unassigned text: ${report.unassignedText.length}`,
    ...report.warnings.map((w) => `  warning: ${w}`),
  ];
  return lines.join('\n');
}
