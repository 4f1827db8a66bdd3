/**
 * Physical line numbers of a CSV file, for error messages. DuckDB numbers
 * records (its `rowid`, in file order) and "lines" that do not count the
 * line breaks inside quoted fields; an editor counts every line break. This
 * scan (quote `"`, doubled to escape, LF or CRLF line ends, empty lines
 * skipped as DuckDB skips them) maps both to the physical line where the
 * record starts. It runs only when a message needs a line, stopping at the
 * last line asked for.
 */
import { createReadStream } from 'node:fs';

/** What to locate: data records by index (0 = first row after the header), DuckDB line numbers. */
export interface LineQuery {
  records?: readonly number[];
  duckdbLines?: readonly number[];
}

/** Physical 1-based line of each record and DuckDB line asked for (absent when the file ends first). */
export interface LineAnswer {
  records: Map<number, number>;
  duckdbLines: Map<number, number>;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Locates records and DuckDB lines in the file at `abs`. */
export async function physicalLines(abs: string, query: LineQuery): Promise<LineAnswer> {
  const wantRecords = new Set((query.records ?? []).map((r) => r + 1)); // +1: the header is record 0
  const wantLines = new Set(query.duckdbLines ?? []);
  const out: LineAnswer = { records: new Map(), duckdbLines: new Map() };
  let remaining = wantRecords.size + wantLines.size;
  if (remaining === 0) return out;
  let physical = 1;
  let logical = 1;
  let inQuotes = false;
  let atStart = true;
  let hasContent = false;
  let record = -1;
  let startPhysical = 1;
  for await (const chunk of createReadStream(abs) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (atStart) {
        atStart = false;
        hasContent = false;
        startPhysical = physical;
        if (wantLines.has(logical)) {
          out.duckdbLines.set(logical, physical);
          remaining--;
        }
      }
      if (b === LF) {
        physical++;
        if (!inQuotes) {
          logical++;
          atStart = true;
        }
      } else if (b !== CR || inQuotes) {
        if (!hasContent) {
          hasContent = true;
          record++;
          if (wantRecords.has(record)) {
            out.records.set(record - 1, startPhysical);
            remaining--;
          }
        }
        if (b === QUOTE) inQuotes = !inQuotes;
      }
      if (remaining === 0) return out;
    }
  }
  return out;
}
