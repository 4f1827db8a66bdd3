import type { StatsFile } from '../../schemas/stats.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fillText } from '../text-template.ts';
import type { PolicyFacts } from './charts.ts';
import { STATS_TEXT_EN, type StatsMessages, type StatsText, grainWord } from './messages.ts';

/** Whether one kind of statistic is reported for a technology, and why not. */
export interface CoverageItem {
  key: 'published' | 'usage' | 'outcomes' | 'purpose' | 'disclosures' | 'foil' | 'addenda';
  label: string;
  reported: boolean;
  /** A short phrase: what is reported, or why nothing is (shown after "not reported:"). */
  detail: string;
  /** Language of `detail` (English on a page whose prose is not translated yet). */
  detailLang: Locale;
  /** Published figures only: how many. */
  count?: number;
}

/**
 * Record-level items. Disclosures follow the policy's External Entities
 * section, where the POST Act asks whether local, state, federal or private
 * entities have access to the data (NYC Admin. Code § 14-188).
 */
const RECORD_ITEMS = [
  { key: 'usage', label: 'coverageUsage', dataset: 'usage-log', statistic: 'usage-by-period' },
  {
    key: 'outcomes',
    label: 'coverageOutcomes',
    dataset: 'usage-log',
    statistic: 'usage-by-period',
  },
  {
    key: 'purpose',
    label: 'coveragePurpose',
    dataset: 'usage-log',
    statistic: 'usage-by-purpose',
  },
  {
    key: 'disclosures',
    label: 'coverageDisclosures',
    dataset: 'disclosures',
    statistic: 'disclosures-by-recipient',
  },
] as const satisfies readonly {
  key: string;
  label: keyof StatsMessages;
  dataset: string;
  statistic: string;
}[];

/** What is and is not reported for one technology, item by item. */
export function coverage(
  slug: string,
  files: StatsFile[],
  policy: PolicyFacts | undefined,
  text: StatsText = STATS_TEXT_EN,
): CoverageItem[] {
  const { m, p, v, locale, proseLang } = text;
  const byName = new Map(files.map((f) => [f.dataset, f]));
  const figures = files
    .flatMap((f) => f.figures)
    .filter((f) => f.technology === slug && f.kind === 'figure');
  const items: CoverageItem[] = [
    {
      key: 'published',
      label: m.coveragePublished,
      reported: figures.length > 0,
      detail: figures.length > 0 ? m.figuresReported(figures.length, locale) : p.detailNoSource,
      detailLang: figures.length > 0 ? locale : proseLang,
      count: figures.length,
    },
  ];
  for (const item of RECORD_ITEMS) {
    const file = byName.get(item.dataset);
    const table = file?.tables.find((t) => t.statistic === item.statistic && t.technology === slug);
    items.push({
      key: item.key,
      label: m[item.label],
      reported: Boolean(table),
      detail: table
        ? fillText(p.detailCounts, {
            dataset: v(file!.title).toLocaleLowerCase(proseLang),
            grain: grainWord(file!.grain, p),
          })
        : file?.status === 'published'
          ? file.kind === 'records' && (file.audit?.tablesWithheld ?? 0) > 0
            ? p.detailWithheld
            : p.detailNoRowsForTechnology
          : file?.status === 'no-rows'
            ? p.detailNoRows
            : p.detailNoRecords,
      detailLang: proseLang,
    });
  }
  const foil = byName.get('foil-requests');
  items.push({
    key: 'foil',
    label: m.coverageFoil,
    reported: false,
    detail:
      foil?.status === 'published' || foil?.status === 'no-rows'
        ? p.detailFoilDepartment
        : p.detailFoilNone,
    detailLang: proseLang,
  });
  const n = policy?.addenda.length ?? 0;
  items.push({
    key: 'addenda',
    label: m.coverageAddenda,
    reported: policy !== undefined,
    detail:
      policy === undefined
        ? p.detailNoPolicy
        : n === 0
          ? p.detailNoAddenda
          : p.detailAddenda(n, proseLang),
    detailLang: proseLang,
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
export function coverageLine(
  items: CoverageItem[],
  { m, locale }: StatsText = STATS_TEXT_EN,
): string {
  const records = items.filter((i) => RECORD_KEYS.includes(i.key));
  const reported = records.filter((i) => i.reported);
  const first =
    reported.length === 0
      ? m.noUsageFigures
      : fillText(m.recordsCounted, {
          items: reported.map((i) => i.label.toLocaleLowerCase(locale)).join(m.listSeparator),
        });
  const published = items.find((i) => i.key === 'published');
  return published?.reported
    ? fillText(m.coverageLine, {
        first,
        published: m.figuresReported(published.count ?? 0, locale),
      })
    : first;
}
