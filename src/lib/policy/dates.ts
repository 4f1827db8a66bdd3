import { formatDate } from '../calendar.ts';
import type { Policy } from '../../schemas/policy.ts';

/**
 * "2023-04-11" -> "April 11, 2023" (calendar arithmetic only: no time zone can
 * shift it). Throws on anything but a real YYYY-MM-DD date.
 */
export function formatIsoDate(iso: string): string {
  return formatDate(iso);
}

/** The latest date printed on a policy (updated, else posted), or null when none is printed. */
export function lastPrintedDate(p: Pick<Policy, 'posted' | 'updated'>): {
  date: string;
  kind: 'updated' | 'posted';
} | null {
  if (p.updated) return { date: p.updated, kind: 'updated' };
  if (p.posted) return { date: p.posted, kind: 'posted' };
  return null;
}
