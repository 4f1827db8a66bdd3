/**
 * What every report shares: its addresses (HTML page, PDF, JSON sidecar),
 * its sections in reading order, and the facts printed on its cover and in
 * the PDF's document information (title, subject, keywords, language,
 * dates). The sections' titles are the headings of the HTML page and the
 * bookmarks of the PDF.
 */
import type { InputFile } from './fingerprint.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import reports, { type ReportsMessages } from '../../i18n/messages/reports.ts';

/** The two kinds of report. */
export type ReportKind = 'hearing-packet' | 'annual-report';

/** One top-level section of a report: its anchor and heading. */
export interface ReportSection {
  id: string;
  title: string;
}

/** The sections of a hearing packet, in order (after the cover and contents). */
export const PACKET_SECTIONS = [
  { id: 'what-changed', title: 'What changed' },
  { id: 'at-a-glance', title: 'The policy at a glance' },
  { id: 'scorecard', title: 'Completeness scorecard' },
  { id: 'boilerplate', title: 'Boilerplate share by section' },
  { id: 'reporting-gap', title: 'Reporting gap' },
  { id: 'published-figures', title: 'Published figures and who makes each claim' },
  { id: 'oig', title: 'OIG-NYPD findings and recommendations' },
  { id: 'foil', title: 'FOIL records map' },
  { id: 'questions', title: 'Suggested questions for witnesses' },
  { id: 'sources', title: 'Sources' },
] as const satisfies readonly ReportSection[];

/** The sections of a citywide annual report, in order (after the cover and contents). */
export const ANNUAL_SECTIONS = [
  { id: 'inventory', title: 'Inventory of technologies and policies' },
  { id: 'scorecards', title: 'Scorecards side by side' },
  { id: 'boilerplate', title: 'Boilerplate across policies' },
  { id: 'changes', title: 'Addenda and policy changes of the year' },
  { id: 'oig', title: 'OIG-NYPD reports and the recommendation tracker' },
  { id: 'foil', title: 'FOIL figures' },
  { id: 'reporting-gap', title: 'The reporting gap across technologies' },
  { id: 'method', title: 'Method notes' },
  { id: 'sources', title: 'Sources' },
] as const satisfies readonly ReportSection[];

/** The message of each section's title, by report kind and section id. */
const SECTION_TITLES: {
  packet: Record<(typeof PACKET_SECTIONS)[number]['id'], keyof ReportsMessages>;
  annual: Record<(typeof ANNUAL_SECTIONS)[number]['id'], keyof ReportsMessages>;
} = {
  packet: {
    'what-changed': 'secWhatChanged',
    'at-a-glance': 'secAtAGlance',
    scorecard: 'secScorecard',
    boilerplate: 'secBoilerplate',
    'reporting-gap': 'secReportingGap',
    'published-figures': 'secPublishedFigures',
    oig: 'secOig',
    foil: 'secFoil',
    questions: 'secQuestions',
    sources: 'secSources',
  },
  annual: {
    inventory: 'secInventory',
    scorecards: 'secScorecards',
    boilerplate: 'secBoilerplateAcross',
    changes: 'secChanges',
    oig: 'secOigTracker',
    foil: 'secFoilFigures',
    'reporting-gap': 'secGapAcross',
    method: 'secMethod',
    sources: 'secSources',
  },
};

function titled(
  sections: readonly { id: string }[],
  keys: Record<string, keyof ReportsMessages>,
  locale: Locale,
): ReportSection[] {
  const m = t(reports, locale);
  return sections.map((s) => ({ id: s.id, title: m[keys[s.id]!] as string }));
}

/** The sections of a hearing packet with their titles in a language (English: PACKET_SECTIONS). */
export function packetSections(locale: Locale = 'en'): ReportSection[] {
  return titled(PACKET_SECTIONS, SECTION_TITLES.packet, locale);
}

/** The sections of an annual report with their titles in a language (English: ANNUAL_SECTIONS). */
export function annualSections(locale: Locale = 'en'): ReportSection[] {
  return titled(ANNUAL_SECTIONS, SECTION_TITLES.annual, locale);
}

/** Policy slugs that would collide with a report address. */
export const RESERVED_REPORT_IDS = ['annual', 'index'] as const;

/** Everything about a report except its content. */
export interface ReportMeta {
  /** The policy slug of a hearing packet; `annual-<year>` for an annual report. */
  id: string;
  kind: ReportKind;
  /** "Hearing packet: Facial Recognition", "Citywide annual report 2024". */
  title: string;
  /** One sentence: the page description and the PDF's Subject. */
  subject: string;
  keywords: string[];
  /** BCP 47 language of the report (the PDF's /Lang). */
  lang: string;
  /** Site-relative addresses. */
  html: string;
  pdf: string;
  sidecar: string;
  /** The policy slug of a hearing packet, else null. */
  technology: string | null;
  /** The year of an annual report, else null. */
  year: number | null;
  dataAsOf: { date: string; basis: string[] };
  fingerprint: string;
  codeVersion: string;
  inputs: InputFile[];
  sections: ReportSection[];
}

/** The addresses of a hearing packet. */
export function packetPaths(slug: string): Pick<ReportMeta, 'html' | 'pdf' | 'sidecar'> {
  if ((RESERVED_REPORT_IDS as readonly string[]).includes(slug))
    throw new Error(
      `reports: a policy slug "${slug}" would collide with /reports/${slug}/; rename the policy file (content/policies/${slug}.md)`,
    );
  return {
    html: `/reports/${slug}/`,
    pdf: `/reports/${slug}.pdf`,
    sidecar: `/reports/${slug}.json`,
  };
}

/** The addresses of an annual report. */
export function annualPaths(year: number): Pick<ReportMeta, 'html' | 'pdf' | 'sidecar'> {
  return {
    html: `/reports/annual/${year}/`,
    pdf: `/reports/annual/${year}.pdf`,
    sidecar: `/reports/annual/${year}.json`,
  };
}
