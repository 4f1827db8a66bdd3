/** A statistic defined by one SQL file, with the metadata of its header comments. */
export interface SqlStatistic {
  /** File name without `.sql`. */
  name: string;
  /** Repository path of the file. */
  file: string;
  title: string;
  /** The dataset (resource name) whose view the query reads. */
  dataset: string;
  /** `counts`: rows (technology, row_key, col_key, n); `median`: rows (technology, row_key, n, median_days). */
  kind: 'counts' | 'median';
  rows: string;
  cols: string;
  /**
   * The view columns `row_key` and `col_key` are taken from (`-- keys: period,
   * outcome`; `-` for a constant key). The suppression audit links tables of
   * one dataset through the totals of the columns they share.
   */
  keys: { row: string | null; col: string | null };
  /** The free-text comment lines after the metadata, joined. */
  note: string;
  /** The whole file, as published beside each figure. */
  text: string;
}

const REQUIRED = ['title', 'dataset', 'kind', 'rows', 'keys'] as const;

/**
 * Reads the `-- key: value` header of a statistic's SQL file. Throws an Error
 * naming the file and the missing key when the header is incomplete.
 */
export function parseSqlHeader(name: string, file: string, text: string): SqlStatistic {
  const meta = new Map<string, string>();
  const note: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^--\s?(.*)$/.exec(line);
    if (!m) break;
    const kv = /^([a-z]+):\s*(.+)$/.exec(m[1]!.trim());
    if (kv && !note.length) meta.set(kv[1]!, kv[2]!.trim());
    else note.push(m[1]!.trim());
  }
  for (const key of REQUIRED) {
    if (!meta.get(key))
      throw new Error(
        `${file}: the header comment lacks "-- ${key}: ...". Fix: add it above the query`,
      );
  }
  const kind = meta.get('kind');
  if (kind !== 'counts' && kind !== 'median') {
    throw new Error(`${file}: "-- kind: ${kind}" is not counts or median. Fix: use one of the two`);
  }
  if (kind === 'counts' && !meta.get('cols')) {
    throw new Error(
      `${file}: the header comment lacks "-- cols: ...". Fix: add it above the query`,
    );
  }
  const keys = meta
    .get('keys')!
    .split(',')
    .map((k) => k.trim());
  if (
    keys.length !== (kind === 'counts' ? 2 : 1) ||
    keys.some((k) => !/^(-|[a-z][a-z0-9_]*)$/.test(k))
  ) {
    throw new Error(
      `${file}: "-- keys: ${meta.get('keys')}" does not name the view column of ${kind === 'counts' ? 'row_key and col_key' : 'row_key'}. Fix: write e.g. "-- keys: ${kind === 'counts' ? 'period, outcome' : 'period'}" (- for a constant)`,
    );
  }
  const key = (k: string | undefined): string | null => (k === undefined || k === '-' ? null : k);
  return {
    name,
    file,
    title: meta.get('title')!,
    dataset: meta.get('dataset')!,
    kind,
    rows: meta.get('rows')!,
    cols: meta.get('cols') ?? '',
    keys: { row: key(keys[0]), col: key(keys[1]) },
    note: note.join(' ').trim(),
    text,
  };
}
