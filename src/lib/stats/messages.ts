/**
 * Every word the statistics pages, their charts and the data catalogue
 * write, in English: the source of the `site-stats` (interface: every
 * language) and `site-stats-prose` (longer texts: English and Spanish, the
 * others fall back to English) dictionaries in src/i18n/messages/. The lib
 * functions take a `StatsText` (src/lib/stats/text.ts builds one per
 * language); without one they write English, exactly as before.
 *
 * Values: strings with `{name}` placeholders or `[label](name)` links
 * (src/lib/text-template.ts), or functions of numbers (plural forms).
 */
import { formatNumber } from '../../i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { Translation } from '../../i18n/messages.ts';

const num = (locale: Locale, n: number) => formatNumber(locale, n);

/** Interface words: headings, labels, table headers, statuses. */
export const STATS_MESSAGES_EN = {
  reported: 'reported',
  notReported: 'not reported',
  suppressed: 'suppressed',
  title: 'Statistics',
  description:
    "What is and is not reported about the NYPD's surveillance technologies: published figures with their sources, disclosure-controlled counts, FOIL figures and policy addenda.",
  lede: 'What is known, and what is not reported, about how each technology is used and how its data leaves the department.',
  coverageHeading: 'What is reported, per technology',
  coverageCaption:
    'Reported (✓) and not reported (✗) statistics for each technology with an imported policy',
  colTechnology: 'Technology',
  latestHeading: 'Latest published figures',
  allFiguresForTechnology: 'All figures for this technology',
  datasetLink: 'dataset',
  foilHeading: 'FOIL: published figures',
  datasetLine: 'Dataset: {dataset}.',
  foilCaption: 'FOIL figures, with who makes each claim',
  foilRecordsHeading: 'FOIL request records',
  colPeriodReceived: 'Period received',
  colMedianDays: 'Median days',
  oversightHeading: 'Oversight: OIG-NYPD reports and findings',
  oigCaption: 'OIG-NYPD recommendation and report counts, with who reports them',
  addendaHeading: 'Policy addenda',
  recordsHeading: 'Record-level data',
  noRecordsYet: 'no published records yet (not reported)',
  recordsItem: '{dataset}: {status}',
  methodHeading: 'Method: how figures are protected',
  technologyTitle: '{technology}: statistics',
  technologyDescription:
    "What is reported and what is not about the NYPD's use of {technology}: published figures, usage, disclosures, FOIL and addenda.",
  readWith: 'Read with the {policy}.',
  policyLink: '{technology} Impact and Use Policy',
  reportedHeading: 'What is reported',
  publishedHeading: 'Published figures',
  allFiguresHeading: 'All published figures',
  allFiguresCaption: 'Every published figure for {technology}, with who makes the claim',
  usageHeading: 'Usage over time and outcomes',
  disclosuresHeading: 'Disclosures outside the department',
  foilRequestsHeading: 'FOIL requests',
  notReportedSentence: 'Not reported: {detail}.',
  seeAgencyFoil: 'See [agency-wide FOIL figures](foil).',
  protectionHeading: 'How figures are protected',
  eventsHeading: 'Addenda and policy events',
  noPolicyEvents: 'The policy prints no posting date, update date or addenda.',
  eventPosted: 'Policy posted',
  eventUpdated: 'Policy updated',
  eventAddendum: 'Addendum: {description}',
  coveragePublished: 'Published figures (claims by news and advocacy sources)',
  coverageUsage: 'Usage over time',
  coverageOutcomes: 'Outcomes of use',
  coveragePurpose: 'Use by purpose and borough',
  coverageDisclosures: 'Disclosures outside the department',
  coverageFoil: 'FOIL requests about this technology',
  coverageAddenda: 'Policy addenda',
  figuresReported: (n: number, locale: Locale) =>
    `${num(locale, n)} figure${n === 1 ? '' : 's'} reported by news and advocacy sources`,
  statisticsLabel: 'Statistics:',
  noUsageFigures: 'No usage figures published by the NYPD',
  recordsCounted: 'NYPD records counted: {items}',
  listSeparator: ', ',
  coverageLine: '{first}; {published}',
  statsPanelLine: '{line}; [see statistics](statistics).',
  nothingToPlot: 'No source reports any of these figures: nothing to plot.',
  dataFor: 'Data for “{title}”',
  colValue: 'Value',
  colStatus: 'Status',
  approximatePeriodSuffix: '; approximate period',
  source: 'source',
  sourceBy: 'source: {claimant}',
  sourceHeading: 'Source',
  methodLabel: 'Method',
  downloadHeading: 'Download the plotted numbers',
  downloadOf: ' of {title}',
  colPeriod: 'Period',
  colMetric: 'Metric',
  colYear: 'Year',
  colWhat: 'What',
  colFigure: 'Figure',
  colWho: 'Who says so',
  colWords: 'In their words',
  approximatePeriod: 'approximate period',
  findingNoFigure: 'finding (no figure)',
  notRecorded: 'not recorded',
  whoSays: '{kind}: {source}',
  addendaCount: (n: number, locale: Locale) =>
    `${num(locale, n)} ${n === 1 ? 'addendum' : 'addenda'}`,
  addendaClaimant: 'NYPD (the policy)',
  addendaByYearTitle: 'Policy addenda by year and technology',
  addendaOneTitle: 'Addenda by year',
  addendaSource: '{technology} policy, addenda table',
  grainMonth: 'month',
  grainQuarter: 'quarter',
  grainYear: 'year',
  grainPeriod: 'period',
};

/** Longer texts: notices, method notes, chart summaries, explanations of what is missing. */
export const STATS_PROSE_EN = {
  claimsNotice:
    "**Published claims, not official statistics.** Every figure on these pages is a claim reported by a news outlet, an advocacy or good-government organisation or official testimony, shown with who makes it, where it was read and the source's own qualifiers (“about”, “more than”). The department has published no record-level usage, disclosure or FOIL request data: where nothing is reported, the pages say “not reported”, never 0.",
  claimsNoticeTechnology:
    'Figures here are **published claims, not official statistics**. Each shows who makes the claim and where it was read; qualifiers such as “about” or “more than” and approximate periods are kept.',
  medianNote:
    'SQL: {sql}. A median is published only where at least {threshold} requests closed; the number of requests is not shown beside it, so that it cannot be subtracted from the table above.',
  foilNoRows:
    'Received, no rows: the FOIL request export holds no records, which is not a count of 0 (dataset {dataset}).',
  foilNotReported:
    'Not reported: the department has published no FOIL request records (dataset {dataset}).',
  recordsIntro:
    "The portal is ready to aggregate the department's own records, publishing counts only, after disclosure control. No records have been received for the datasets marked below.",
  method1:
    "Counts from record-level data are suppressed when they are between 1 and one less than the dataset's threshold (10 unless the dataset declares otherwise), and dates are coarsened to each dataset's month or quarter. Suppressing a small count is not enough on its own: a reader who knows a row total and the other cells of the row can subtract, and with several totals at once can solve for a suppressed count like a puzzle. So other counts are suppressed too, and every dataset is then audited before anything is published.",
  method2:
    "**The audit.** For every suppressed count, a linear-programming solver (HiGHS) works out the smallest and the largest value it could have, given everything the portal publishes: the cells, the row, column and grand totals, the totals a table shares with the same technology's other tables (they count the same records), and the number of records read (the technologies' totals add up to it). This is how statistical offices check their tables (Statistics Netherlands' τ-ARGUS, R's sdcTable). A suppressed count passes only when that range spans at least the threshold, so no one can pin it down or tell whether it is a small count. When a count fails, one more count is suppressed (smallest first, cells before totals) and the audit runs again; when no set of suppressions passes, only the table's total is published. The number of records read is shown exactly only when the audit allows it, otherwise rounded or withheld, and the page says so. Rows a statistic leaves out (for example requests without a closing date) are counted only when nothing in the dataset is suppressed.",
  method3:
    "**Nothing identifying.** Every category column has a closed list of allowed values in the [data package](package); any other value stops the build, so no name, address, plate, identifier or free text can become a label. Columns that could identify a person (names, dates of birth, addresses, plate numbers, NYSID, case or complaint numbers, free text, coordinates, times of day) are refused unless dropped before aggregation, and every value of every row is checked, not a sample. Dates later than the build are refused. A file received with no rows is shown as “received, no rows”, never as 0. Downloads escape any cell that a spreadsheet would run as a formula. The SQL behind every count is published with it in the [data catalogue](catalogue) and in each dataset's JSON.",
  protection:
    "Counts from the department's records, when published, hide every count from 1 to one less than the threshold, and further counts wherever a total would let a reader work them out. Before publication an audit computes, for each hidden count, the smallest and largest value it could have given every published number (cells, totals, totals shared with other tables, records read); the range must span at least the threshold, or more counts are hidden, or only the total is shown. Only values from each column's declared list can appear as labels. See the [method](method).",
  nothingReported: 'nothing is reported',
  detailNoSource: 'no source the portal cites gives a figure for this technology',
  detailCounts: 'counts from {dataset}, by {grain}',
  detailWithheld:
    'no table is published for this technology: the records hold none of its rows, or disclosure control withheld its table',
  detailNoRowsForTechnology: 'the records received contain no rows for this technology',
  detailNoRows: 'the export was received but holds no rows (received, no rows; not a count of 0)',
  detailNoRecords: 'the department has published no record-level data',
  detailFoilDepartment:
    'FOIL requests are counted for the whole department only, not per technology',
  detailFoilNone:
    'no FOIL request records have been published; agency-wide figures reported by news and advocacy sources are on the statistics overview',
  detailNoPolicy: 'no imported policy',
  detailNoAddenda: 'the policy lists no addenda',
  detailAddenda: (n: number, locale: Locale) =>
    `${num(locale, n)} ${n === 1 ? 'addendum' : 'addenda'} listed in the policy`,
  summaryNone: 'No source reports any of these figures.',
  summaryLargest: 'The largest published figure is {display} ({series}, {category}){missing}.',
  summaryMissing: '; {missing} of {total} figures are not reported by any source',
  summaryTotalOnly:
    'Total {total}; only the total is published (no safe publication of the {cells} cells exists).',
  summarySuppressed: 'Total {total}; {suppressed} of {cells} cells are suppressed.',
  summaryNoAddenda: 'The imported policies list no addenda.',
  summaryAddenda: (total: number, years: number, locale: Locale) =>
    `The imported policies list ${num(locale, total)} ${total === 1 ? 'addendum' : 'addenda'} in ${num(locale, years)} year(s).`,
  methodPublished:
    'Published claims reported by the sources named beside each number (dataset {dataset}, {path}), not official statistics. Each number is shown as the source printed it, with its qualifier and who makes the claim; no suppression applies because no record-level data is involved.',
  methodRecordsCounts: 'Counts of rows in {path} (SQL: {sql}); dates are coarsened to the {grain}.',
  methodRecordsThreshold: 'Counts from 1 to {below} are suppressed (threshold {threshold}).',
  methodRecordsAudit:
    "Further counts are suppressed until an audit shows that no suppressed count can be worked out: for each one, a linear-programming solver computes the smallest and largest value that fits everything published (cells, row, column and grand totals, the totals this table shares with the technology's other tables, and the number of rows read), and that range must span at least {threshold}.",
  methodRecordsTotalOnly:
    'No set of suppressions passed the audit for this table, so only its total is published.',
  methodAddenda:
    'Counted from the addenda table printed in each Impact and Use Policy (the date of each addendum, grouped by calendar year). Public documents: no suppression applies.',
  rowsNoRows: 'received, no rows: the file holds a header and no records (not a count of 0)',
  rowsWithheld:
    'records aggregated (the number is withheld: with the published totals it would reveal a suppressed count)',
  rowsRounded: (n: number, to: number, locale: Locale) =>
    `about ${num(locale, n)} records aggregated (rounded to the nearest ${num(locale, to)}, so that it cannot reveal a suppressed count)`,
  rowsExact: (n: number, locale: Locale) => `${num(locale, n)} records aggregated`,
  excludedWithheld: 'A withheld number of rows',
  excludedRows: (n: number, locale: Locale) => `${num(locale, n)} row(s)`,
  reportingOn: '(reporting on [the original document](original), not read by the portal)',
  summarisedBy: 'Summarised by {source} ({kind}).',
  theReport: 'The report: {report} (address as the source gives it; not opened by the portal).',
  grainMonth: 'month',
  grainQuarter: 'quarter',
  grainYear: 'year',
  grainPeriod: 'period',
  dataNoRecords:
    'No published records yet: the dataset is declared so that an export placed at its path is processed by npm run aggregate. Its statistics are shown as not reported.',
  dataKindPublished:
    'Published claims, each with who makes it and where it was read (not official statistics)',
  dataKindRecords:
    'Record level; only counts are published. Threshold {threshold}, time grain {grain}.',
  dataSourceSuffix: ' (each row names its source, who makes the claim, and its address)',
};

export type StatsMessages = Translation<typeof STATS_MESSAGES_EN>;
export type StatsProse = Translation<typeof STATS_PROSE_EN>;

/**
 * The statistics' words in one page's language. Interface words (`m`) are
 * always in the page's language; prose (`p`) and the data's own words
 * (`v`: dataset titles, metrics, periods, who makes a claim, units) are in
 * it when translated, else in English, and say which (`proseLang`,
 * `vocabLang`), so the page can mark English text with `lang="en"`.
 */
export interface StatsText {
  locale: Locale;
  m: StatsMessages;
  p: StatsProse;
  proseLang: Locale;
  /** The data's own English words in `vocabLang` (unchanged when untranslated). */
  v: (english: string) => string;
  vocabLang: Locale;
}

export const STATS_TEXT_EN: StatsText = {
  locale: DEFAULT_LOCALE,
  m: STATS_MESSAGES_EN,
  p: STATS_PROSE_EN,
  proseLang: DEFAULT_LOCALE,
  v: (english) => english,
  vocabLang: DEFAULT_LOCALE,
};

/** The word for a point's status ("reported", "not reported", "suppressed") in the page's language. */
export function statusWord(
  status: 'reported' | 'not reported' | 'suppressed',
  m: StatsMessages = STATS_MESSAGES_EN,
): string {
  return status === 'reported'
    ? m.reported
    : status === 'suppressed'
      ? m.suppressed
      : m.notReported;
}

/** The words for time grains, in the interface (`m`) or the prose (`p`) of a language. */
export interface GrainWords {
  grainMonth: string;
  grainQuarter: string;
  grainYear: string;
  grainPeriod: string;
}

/** A time grain ("month") in the language of `words`; any other value as given. */
export function grainWord(grain: string | null, words: GrainWords = STATS_MESSAGES_EN): string {
  if (grain === 'month') return words.grainMonth;
  if (grain === 'quarter') return words.grainQuarter;
  if (grain === 'year') return words.grainYear;
  return grain ?? words.grainPeriod;
}
