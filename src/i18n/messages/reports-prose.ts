/**
 * The reports' longer texts (the portal's own prose on /reports/, the
 * hearing packets and the annual reports): English and Spanish complete;
 * other languages show the English with the "not yet translated" notice.
 * Rich text as in ./reports.ts.
 */
import { defineProse } from '../messages.ts';

const en = {
  // /reports/
  indexDescription:
    'Hearing packets per technology and citywide annual reports on NYPD surveillance technology under the POST Act, as print-ready web pages and tagged PDFs, each with its data fingerprint.',
  /** `<x0>` links the latest annual report (`year`), when there is one. */
  indexLede: (year: number | null) =>
    `Documents to read on paper, annotate, forward and cite: a <strong>hearing packet</strong> for each technology and a <strong>citywide annual report</strong>${year === null ? '' : ` (latest: <x0>${year}</x0>)`}, built from the same sourced data as the site. Each is a web page and a tagged PDF with bookmarks, and each carries a fingerprint of the data it was made from.`,
  howLayout:
    '<strong>One layout, one print stylesheet.</strong> Each report is a page of this site that reads fully without JavaScript. Printed on US Letter with margins; headings are kept with what follows them, table headers repeat on every page, rows are not split, and the footer prints “Page X of Y”. Everything essential is also in the body.',
  howPdf:
    '<strong>PDF.</strong> <code>npm run build</code> prints each report with Debian’s Chromium (tagged, so the PDF has a structure and bookmarks for its sections), then sets its title, language, subject, keywords and fixed dates. The same inputs give the same bytes. In the PDF, every link leads to a page of this portal; addresses of other sites are printed in full.',
  howDataAsOf:
    '<strong>Data as of.</strong> The latest date among a report’s inputs: policy dates as printed, addenda, the day a policy entered the portal, the day its key facts were reviewed, the last check of the legal facts, OIG-NYPD report dates, the revision of the published figures. Never the date of the build. The PDF’s creation and modification dates are that day.',
  /** `<x0>` is the command that checks a fingerprint (printed as code). */
  howFingerprint:
    '<strong>Data fingerprint.</strong> SHA-256 over every input file a report uses (policy sources and curated data, the imported policies, data files, the data package descriptor, statistics, legal facts and the code that computes the report), listed in its JSON sidecar as <code>sha256sum</code> does. From a clone of the repository, <x0></x0> prints the fingerprint on the cover when nothing has changed.',
  howCodeVersion:
    '<strong>Code version.</strong> The package version and the first 12 digits of the SHA-256 over the code files among the inputs; no version control needed.',
  howAnnual: (years: string) =>
    `<strong>Annual reports.</strong> A year has data when a policy event (posted, updated or addendum), an OIG-NYPD report or a reporting period of the annual report fields falls in it; there is a report for every such year${years ? ` (${years})` : ''}, and the latest is the current one. Each covers the policies in the portal, in their latest imported version.`,
  oigRuleIntro:
    'The data hold one finding per OIG-NYPD report, as a source summarises it. A report concerns a technology by this rule:',
  /** `<x0>` links the dataset. */
  fieldsIntro: (n: number, notReported: string) =>
    `Other surveillance ordinances require a yearly report per technology. Its ${n} fields are a schema and a declared record-level dataset, <x0>annual report fields</x0>: when the NYPD publishes them, a file at the declared path puts them into every report with no new code. Until then each field says “${notReported}”, never 0. Each field can be reported, reported as zero, not reported, not applicable or withheld (with the law cited), with its source.`,

  // Report meta: the page description and the PDF's subject
  packetSubject: (technology: string) =>
    `Hearing packet on the NYPD’s ${technology} Impact and Use Policy under the POST Act (NYC Admin. Code § 14-188): what changed, key facts, completeness, boilerplate, the reporting gap, published figures, OIG-NYPD findings, FOIL records and suggested questions for witnesses, each with its source.`,
  annualSubject: (year: number) =>
    `Citywide annual report ${year} on NYPD surveillance technology under the POST Act (NYC Admin. Code § 14-188): inventory of policies, scorecards, boilerplate, the year’s addenda and changes, OIG-NYPD reports and recommendations, FOIL figures and the reporting gap, each with its source.`,

  // Cover
  packetSummary: (technology: string) =>
    `The NYPD’s ${technology} Impact and Use Policy under the POST Act (NYC Admin. Code § 14-188): what it says, what it leaves out, what is and is not reported, and questions for witnesses, each with its source.`,
  annualSummary: (year: number) =>
    `NYPD surveillance technology under the POST Act (NYC Admin. Code § 14-188) in ${year}: the policies in the portal, how complete and how specific they are, what changed, what the OIG-NYPD found, what is known of FOIL, and what the NYPD does not report.`,
  printedUpdated: (date: string) => `updated ${date} (as printed)`,
  printedPosted: (date: string) => `posted ${date} (as printed)`,
  printedNone: 'no posted or updated date printed',
  /** `<x0>` links the source document, `<x1>` is its SHA-256 (code). */
  policyVersion: (
    final: boolean,
    printed: string,
    addenda: number,
    dates: string,
    file: string,
    sha256: string,
  ) =>
    `${final ? 'Final' : 'Draft'} policy, ${printed}; ${addenda === 0 ? 'no addenda' : `${addenda} ${addenda === 1 ? 'addendum' : 'addenda'} (${dates})`}. Source document <x0>${file}</x0>, SHA-256 <x1>${sha256}</x1>.`,
  inPortalSince: (date: string) => `${date} (the day it entered the portal, not an NYPD date).`,
  inShort: (
    passed: number,
    total: number,
    share: string,
    notReported: number,
    fields: number,
    oig: number,
    questions: number,
  ) =>
    `${passed} of ${total} completeness criteria met; ${share} of the text also found in another policy; ${notReported} of ${fields} annual report fields not reported; ${oig} OIG-NYPD report${oig === 1 ? '' : 's'} concerning the technology; ${questions} suggested questions.`,
  coverage: (n: number, technologies: string) =>
    `The ${n} policies in the portal (${technologies}), in their latest imported version; the NYPD’s other policies are not imported yet and are not counted.`,

  // Hearing packet
  versionsMany: (n: number, technology: string) =>
    `${n} versions of the ${technology} policy are in the portal.`,
  versionsOne: (technology: string, final: boolean, printed: string) =>
    `One version of the ${technology} policy is in the portal: the ${final ? 'final' : 'draft'} policy, ${printed}. Earlier versions are not in the portal, so the NYPD’s own summary of changes below is the record of what changed from the draft.`,
  /** `<x0>` links the methodology. */
  atAGlanceIntro: (reviewed: string | null) =>
    `The answers Council staff look for first, each linked to the paragraph it comes from. “Not stated”: a rule searched the text and found nothing; “Not reviewed”: no rule can decide and no reviewer has read it yet${reviewed ? ` (the key facts were last reviewed ${reviewed})` : ''}. Rules: <x0>methodology</x0>.`,
  /** `<x0>` links the methodology, `<x1>` the scorecard page. */
  scorecardIntro: (passed: number, total: number, failing: number, slug: string) =>
    `<strong>${passed} of ${total}</strong> criteria met; ${failing} not. Each criterion is a rule over the text, from what NYC Admin. Code § 14-188(a) asks of an impact and use policy (rules: <x0>methodology</x0>; the same scorecard on the site: <x1>/scorecard/${slug}/</x1>).`,
  /** `<x0>` links the boilerplate page. */
  boilerplateIntro: (k: number, share: string, shared: string, words: string, slug: string) =>
    `Share of each section’s words found nearly word for word (runs of ${k} words) in another policy in the portal: ${share} of the whole policy (${shared} of ${words} words). Passages: <x0>/boilerplate/${slug}/</x0>.`,
  /** `<x0>` links the dataset. */
  gapIntro: (
    technology: string,
    period: { start: string; end: string } | null,
    notReported: string,
  ) =>
    `Every field a yearly surveillance report contains under other ordinances (Oakland, San Francisco, Palo Alto, Santa Clara County) and the 2025 amendments to the POST Act, with what the NYPD publishes for ${technology}. ${period ? `Figures for ${period.start} to ${period.end}, from the annual report fields dataset.` : `No annual report of the NYPD on ${technology} is in the data: each field says “${notReported}”, which is never a zero.`} Dataset: <x0>annual report fields</x0>.`,
  figuresNotice:
    'Published claims, not official statistics: each figure names who makes it and where it was read; “about”, “more than” and approximate periods are kept.',
  /** `<x0>` links the reporting gap's row. */
  noFigures: (technology: string) =>
    `Not reported: no source the portal cites gives a figure about ${technology.toLowerCase()} (see the <x0>reporting gap</x0>).`,
  /** `<x0>` links the rule on /reports/. */
  oigIntro:
    'The Inspector General for the NYPD (OIG-NYPD, part of the Department of Investigation) assesses the NYPD’s compliance with the POST Act. The data hold one finding per report, as a source summarises it, and a few counts; they hold no recommendation’s text, no NYPD response to each recommendation and no status of each: those are not published in the portal’s sources, and no row below is made up. How a report is matched to this technology: <x0>the rule</x0>.',
  noOig: (technology: string) =>
    `No OIG-NYPD report in the data concerns ${technology.toLowerCase()} by that rule.`,
  /** The recommendations an OIG-NYPD report made (`figure` and `kind` as published, in English). */
  oigMade: (figure: string, kind: string) => `${figure} made (${kind})`,
  /** How many the NYPD rejected (`figure` and `period` as published, in English). */
  oigRejected: (figure: string, period: string) => `${figure} rejected by the NYPD (${period})`,
  oigNotPublished:
    'The text of each recommendation, whether it is statutory or goes beyond the statute, the NYPD’s response and its status are not published in the portal’s sources.',
  /** `<x0>` links the FOIL page of the technology. */
  foilWording: (slug: string) =>
    `Suggested request wording, channels and deadlines: <x0>/foil/${slug}/</x0>.`,
  /** `<x0>` links the FOIL guide. */
  foilNoMap:
    'No FOIL record map has been curated for this policy yet. The FOIL guide: <x0>/foil/</x0>.',
  questionsIntro:
    'Generated from this packet, never written by hand: one question per failing scorecard criterion, per annual report field not reported and per OIG-NYPD report listed above. Each names what it rests on: the policy paragraph or section, the law or the source, and the row of this packet. They are framed as questions, not conclusions.',
  sourcesIntro:
    'Numbered sources cited in this packet. Claims by news outlets, advocacy organisations and testimony are theirs, not the portal’s. In the PDF, addresses outside the portal are printed in full rather than linked.',
  /** `<x0>` links the source file, `<x1>` is its SHA-256 (code), `<x2>` links the policy page. */
  inputPolicy: (file: string, sha256: string, slug: string) =>
    `The policy as published: <x0>/sources/${file}</x0> (SHA-256 <x1>${sha256}</x1>), imported as <x2>/policies/${slug}/</x2>.`,
  /** `<x0>` links /data/. */
  inputDatasets: 'Datasets and their descriptor: <x0>/data/</x0>.',
  /** `<x0>` links the sidecar. */
  inputEvery: (sidecar: string) =>
    `Every input of this packet with its SHA-256: <x0>${sidecar}</x0>.`,

  // Annual report
  /** `<x0>` links the methodology. */
  scorecardsIntro:
    'Each criterion is a rule over the policy text, from what NYC Admin. Code § 14-188(a) asks of an impact and use policy (rules: <x0>methodology</x0>).',
  /** `<x0>` links /boilerplate/. */
  boilerplateAcrossIntro:
    'Share of each policy’s words found nearly word for word (runs of eight words) in another policy in the portal, and in each other policy (method: <x0>/boilerplate/</x0>).',
  /** `<x0>` links /timeline/. */
  noYearEvents: (year: number) =>
    `No policy in the portal prints a posting, update or addendum dated ${year}. Events of every year: <x0>/timeline/</x0>.`,
  oigAnnualIntro:
    'The data hold one finding per OIG-NYPD report, as a source summarises it, and a few counts. They hold no recommendation’s text, no NYPD response to each recommendation and no status of each: the tracker shows what is known, with its source, and says what is not published.',
  noOigInYear: (year: number) => `No OIG-NYPD POST Act report in the data is dated ${year}.`,
  foilNotice:
    'Published claims, not official statistics. They are about the NYPD (or all agencies) as a whole: no FOIL figure per technology is reported.',
  gapAcrossIntro: (periods: string | null, year: number, notReported: string) =>
    `Every field a yearly surveillance report contains under other ordinances, by technology. ${periods ? `Reporting periods in the data: ${periods}.` : `No annual report of the NYPD for ${year} is in the data: each field is “${notReported}”, never 0.`} Details and sources per technology are in each hearing packet.`,
  period: (start: string, end: string) => `${start} to ${end}`,
  /** `<x0>` links /sources/. */
  methodSources:
    '<strong>Sources.</strong> Policy texts are the NYPD’s published Impact and Use Policies (<x0>/sources/</x0>, with their SHA-256). Figures are claims by news outlets, advocacy and good-government organisations and testimony, each with who makes it; they are not official statistics.',
  methodNotReported:
    '<strong>“Not reported”</strong> means no source in the data gives the figure; it is never shown as 0.',
  /** `<x0>` links the methodology. */
  methodScorecard:
    '<strong>Scorecard and boilerplate.</strong> Rules over the imported text, the same as the site’s (<x0>methodology</x0>).',
  methodOig: (rule: string) => `<strong>OIG-NYPD reports and technologies.</strong> ${rule}`,
  methodYear: (year: number) =>
    `<strong>Year.</strong> A year has data when a policy event, an OIG-NYPD report or a reporting period of the annual report fields falls in it; this report covers ${year}. The policies are shown in their latest imported version.`,
  /** `<x0>` links how reports are made. */
  methodDataAsOf:
    '<strong>Data as of and fingerprint.</strong> See the cover, and <x0>how reports are made</x0>.',
  /** `<x0>` links the sidecar. */
  inputEveryReport: (sidecar: string) =>
    `Every input of this report with its SHA-256: <x0>${sidecar}</x0>.`,
};

export default defineProse(
  'reports-prose',
  { en, es: en },
  { es: { date: '2026-12-03', from: 'pending' } },
);
