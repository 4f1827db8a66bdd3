import type { Policy } from '../../src/schemas/policy.ts';
import type { AppliedCorrection } from './corrections.ts';
import type { SuspectedError } from './extraction-errors.ts';
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
  unknownHeadings: { line: number; text: string }[];
  unassignedText: Unplaced[];
  suspectedExtractionErrors: SuspectedError[];
  correctionsApplied: AppliedCorrection[];
  removedFurniture: RemovedFurniture[];
}

/** Assembles the report from the validated frontmatter and what the import found. */
export function buildReport(r: {
  slug: string;
  frontmatter: Policy;
  warnings: string[];
  unknownHeadings: { line: number; text: string }[];
  unassigned: Unplaced[];
  suspected: SuspectedError[];
  applied: AppliedCorrection[];
  removed: RemovedFurniture[];
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
  };
}

/** The short human summary printed on stdout. */
export function formatSummary(report: ImportReport, written: string): string {
  const found = Object.entries(report.sections).filter(([, s]) => s.found);
  const lines = [
    `${written}: ${report.slug} (${report.status}), ${found.length} of 10 sections`,
    ...Object.entries(report.sections).map(
      ([k, s]) =>
        `  ${s.found ? '✓' : '✗'} ${k.padEnd(18)} ${s.found ? `${s.paragraphs} paragraphs` : 'MISSING'}`,
    ),
    `  removed page furniture: ${report.removedFurniture.length}; corrections applied: ${report.correctionsApplied.length}; suspected extraction errors: ${report.suspectedExtractionErrors.length}; unknown headings: ${report.unknownHeadings.length}; unassigned text: ${report.unassignedText.length}`,
    ...report.warnings.map((w) => `  warning: ${w}`),
  ];
  return lines.join('\n');
}
