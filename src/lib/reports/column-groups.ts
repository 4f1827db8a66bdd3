/**
 * Matrices with a column per policy (the annual report's scorecards side by
 * side and reporting gap) cut into tables of a few policies each. A printed
 * page is as wide as US Letter: a table of every policy side by side shows
 * the first four or five and cuts off the rest, silently. Each table repeats
 * the row headers; the groups are as even as they can be (10 policies at most
 * 4 a table: 4, 3, 3).
 */

/** One table's policies: indexes `start` (inclusive) to `end` (exclusive) of the policy list. */
export interface ColumnGroup {
  start: number;
  end: number;
}

/** Policy columns per table of the scorecards side by side (criterion + 4 fit US Letter). */
export const SCORECARD_COLUMNS = 4;
/** Policy columns per table of the reporting gap (#, field, required by + 3). */
export const GAP_COLUMNS = 3;

/** `count` columns in the fewest tables of at most `max` columns, as even as can be. */
export function columnGroups(count: number, max: number): ColumnGroup[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`columnGroups: count ${count}`);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`columnGroups: max ${max}`);
  if (count === 0) return [{ start: 0, end: 0 }];
  const tables = Math.ceil(count / max);
  const base = Math.floor(count / tables);
  const longer = count % tables;
  const groups: ColumnGroup[] = [];
  let start = 0;
  for (let i = 0; i < tables; i++) {
    const end = start + base + (i < longer ? 1 : 0);
    groups.push({ start, end });
    start = end;
  }
  return groups;
}

/**
 * Columns that read the same, merged: the indexes of `count` columns grouped
 * by `key` (a column's cells, as a string), each group in column order, the
 * groups in the order of their first column. The reporting gap of 200
 * technologies, none of them reported on, is two columns this way (facial
 * recognition has a field of its own), not 68 tables of three.
 */
export function sameColumns(count: number, key: (index: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const k = key(i);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  return [...groups.values()];
}
