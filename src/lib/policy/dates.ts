const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-04-11" -> "April 11, 2023" (calendar arithmetic only: no time zone can shift it). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`formatIsoDate: not a YYYY-MM-DD date: ${iso}`);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) throw new Error(`formatIsoDate: no month ${m[2]} in ${iso}`);
  return `${month} ${Number(m[3])}, ${m[1]}`;
}

/** The latest date printed on a policy (updated, else posted), or null when none is printed. */
export function lastPrintedDate(p: { posted?: string | undefined; updated?: string | undefined }): {
  date: string;
  kind: 'updated' | 'posted';
} | null {
  if (p.updated) return { date: p.updated, kind: 'updated' };
  if (p.posted) return { date: p.posted, kind: 'posted' };
  return null;
}
