import type { CorrectionsFile } from '../../src/schemas/corrections.ts';
import type { Policy } from '../../src/schemas/policy.ts';
import type { LinkedMarker } from './footnotes.ts';
import type { Hyphenation } from './hyphenation.ts';
import type { ImportReport } from './report.ts';

/** One line of extracted text, as the importer sees it. */
export interface Line {
  /** 1-based line number in the extracted text (for messages and the report). */
  n: number;
  /** The line without page-break whitespace; empty for a blank line. Inner tabs are kept. */
  text: string;
  /** True when this line opens a new page of the source. */
  pageStart: boolean;
}

/** A line (or lines) taken out of the body as page furniture, with the rule that matched. */
export interface RemovedFurniture {
  /** First line number. */
  line: number;
  text: string;
  reason: string;
}

/** An importer failure that must stop the import: nothing is written. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

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
