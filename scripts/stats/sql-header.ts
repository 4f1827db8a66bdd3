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
  /** The free-text comment lines after the metadata, joined. */
  note: string;
  /** The whole file, as published beside each figure. */
  text: string;
}

const REQUIRED = ['title', 'dataset', 'kind', 'rows'] as const;

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
  return {
    name,
    file,
    title: meta.get('title')!,
    dataset: meta.get('dataset')!,
    kind,
    rows: meta.get('rows')!,
    cols: meta.get('cols') ?? '',
    note: note.join(' ').trim(),
    text,
  };
}
