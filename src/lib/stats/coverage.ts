import type { StatsFile } from '../../schemas/stats.ts';
import type { PolicyFacts } from './charts.ts';

/** Whether one kind of statistic is reported for a technology, and why not. */
export interface CoverageItem {
  key: 'published' | 'usage' | 'outcomes' | 'purpose' | 'disclosures' | 'foil' | 'addenda';
  label: string;
  reported: boolean;
  /** A short phrase: what is reported, or why nothing is (shown after "not reported:"). */
  detail: string;
}

/**
 * Record-level items. Disclosures follow the policy's External Entities
 * section, where the POST Act asks whether local, state, federal or private
 * entities have access to the data (NYC Admin. Code § 14-188).
 */
const RECORD_ITEMS = [
  { key: 'usage', label: 'Usage over time', dataset: 'usage-log', statistic: 'usage-by-period' },
  { key: 'outcomes', label: 'Outcomes of use', dataset: 'usage-log', statistic: 'usage-by-period' },
  {
    key: 'purpose',
    label: 'Use by purpose and borough',
    dataset: 'usage-log',
    statistic: 'usage-by-purpose',
  },
  {
    key: 'disclosures',
    label: 'Disclosures outside the department',
    dataset: 'disclosures',
    statistic: 'disclosures-by-recipient',
  },
] as const;

/** What is and is not reported for one technology, item by item. */
export function coverage(
  slug: string,
  files: StatsFile[],
  policy: PolicyFacts | undefined,
): CoverageItem[] {
  const byName = new Map(files.map((f) => [f.dataset, f]));
  const figures = files
    .flatMap((f) => f.figures)
    .filter((f) => f.technology === slug && f.kind === 'figure');
  const items: CoverageItem[] = [
    {
      key: 'published',
      label: 'Published figures (claims by news and advocacy sources)',
      reported: figures.length > 0,
      detail:
        figures.length > 0
          ? `${figures.length} figure${figures.length === 1 ? '' : 's'} reported by news and advocacy sources`
          : 'no source the portal cites gives a figure for this technology',
    },
  ];
  for (const item of RECORD_ITEMS) {
    const file = byName.get(item.dataset);
    const table = file?.tables.find((t) => t.statistic === item.statistic && t.technology === slug);
    items.push({
      key: item.key,
      label: item.label,
      reported: Boolean(table),
      detail: table
        ? `counts from ${file!.title.toLowerCase()}, by ${file!.grain}`
        : file?.status === 'published'
          ? file.kind === 'records' && (file.audit?.tablesWithheld ?? 0) > 0
            ? 'no table is published for this technology: the records hold none of its rows, or disclosure control withheld its table'
            : 'the records received contain no rows for this technology'
          : file?.status === 'no-rows'
            ? 'the export was received but holds no rows (received, no rows; not a count of 0)'
            : 'the department has published no record-level data',
    });
  }
  const foil = byName.get('foil-requests');
  items.push({
    key: 'foil',
    label: 'FOIL requests about this technology',
    reported: false,
    detail:
      foil?.status === 'published' || foil?.status === 'no-rows'
        ? 'FOIL requests are counted for the whole department only, not per technology'
        : 'no FOIL request records have been published; agency-wide figures reported by news and advocacy sources are on the statistics overview',
  });
  const n = policy?.addenda.length ?? 0;
  items.push({
    key: 'addenda',
    label: 'Policy addenda',
    reported: policy !== undefined,
    detail:
      policy === undefined
        ? 'no imported policy'
        : n === 0
          ? 'the policy lists no addenda'
          : `${n} ${n === 1 ? 'addendum' : 'addenda'} listed in the policy`,
  });
  return items;
}

/** The record-level items: what only the department's own records can report. */
const RECORD_KEYS: readonly CoverageItem['key'][] = RECORD_ITEMS.map((i) => i.key);

/**
 * One line for a policy page, before the policy text: whether the department
 * publishes usage figures for the technology, and how many figures others
 * report. E.g. "No usage figures published by the NYPD; 12 figures reported by
 * news and advocacy sources".
 */
export function coverageLine(items: CoverageItem[]): string {
  const records = items.filter((i) => RECORD_KEYS.includes(i.key));
  const reported = records.filter((i) => i.reported);
  const first =
    reported.length === 0
      ? 'No usage figures published by the NYPD'
      : `NYPD records counted: ${reported.map((i) => i.label.toLowerCase()).join(', ')}`;
  const published = items.find((i) => i.key === 'published');
  return published?.reported ? `${first}; ${published.detail}` : first;
}
