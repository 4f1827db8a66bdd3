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
