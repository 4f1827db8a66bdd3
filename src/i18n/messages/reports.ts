/**
 * The reports' interface words in every language (/reports/, the hearing
 * packets, the annual reports, and the PDF links the reports stage fills in):
 * headings, table headers, status words, cover labels, the annual report
 * fields. Some values are rich text (src/lib/reports/rich.ts): `<x0>…</x0>`
 * is a link or element the page supplies, `<en>…</en>` marks words kept in
 * English (a source's words, data as published). Technology names and the
 * policy's section names are the NYPD's and stay as printed.
 */
import { defineMessages } from '../messages.ts';

const en = {
  // /reports/
  reports: 'Reports',
  indexCaption:
    'Every report, with its date, PDF page count and size, data fingerprint and formats',
  colReport: 'Report',
  colDataAsOf: 'Data as of',
  colPages: 'Pages',
  colPdfSize: 'PDF size',
  colFingerprint: 'Fingerprint (first 12 digits)',
  colFormats: 'Formats',
  notPrinted: 'not printed',
  webPage: 'Web page',
  webPageOf: (title: string) => `Web page: ${title}`,
  /** The PDF link; other languages say that the PDF is in English. */
  pdf: 'PDF',
  pdfOf: (title: string) => `PDF: ${title}`,
  pdfNotMade: 'PDF not made in this build',
  notMade: 'not made in this build',
  /** After the PDF's address on a report's cover (empty in English). */
  pdfInEnglish: '',
  inputsJson: 'Inputs (JSON)',
  inputsJsonOf: (title: string) => `Inputs and hashes (JSON): ${title}`,
  statusDefault:
    'The PDFs were not made in this build: no Chromium was found. The web pages below are complete; to make the PDFs, install Chromium (or set CHROMIUM_PATH) and run npm run reports.',
  statusPrinted: (printer: string) =>
    `The PDFs were printed from these web pages by ${printer}: tagged, with bookmarks for their sections, on US Letter. The same inputs give the same bytes.`,
  /** `reason` is the stage's English message (marked as English in other languages). */
  statusSkipped: (reason: string) =>
    `The PDFs were not made in this build: ${reason}. The web pages below are complete.`,
  bytes: (n: string) => `${n} bytes`,
  howHeading: 'How the reports are made',
  oigRuleHeading: 'Which OIG-NYPD reports a packet lists',
  fieldsHeading: 'Annual report fields',

  // Titles
  hearingPacket: 'Hearing packet',
  packetTitle: (technology: string) => `Hearing packet: ${technology}`,
  annualEyebrow: 'Citywide annual report',
  annualTitle: (year: number) => `Citywide annual report ${year}`,
  annualShort: (year: number) => `Annual report ${year}`,

  // Sections of a hearing packet
  secWhatChanged: 'What changed',
  secAtAGlance: 'The policy at a glance',
  secScorecard: 'Completeness scorecard',
  secBoilerplate: 'Boilerplate share by section',
  secReportingGap: 'Reporting gap',
  secPublishedFigures: 'Published figures and who makes each claim',
  secOig: 'OIG-NYPD findings and recommendations',
  secFoil: 'FOIL records map',
  secQuestions: 'Suggested questions for witnesses',
  secSources: 'Sources',
  // Sections of an annual report
  secInventory: 'Inventory of technologies and policies',
  secScorecards: 'Scorecards side by side',
  secBoilerplateAcross: 'Boilerplate across policies',
  secChanges: 'Addenda and policy changes of the year',
  secOigTracker: 'OIG-NYPD reports and the recommendation tracker',
  secFoilFigures: 'FOIL figures',
  secGapAcross: 'The reporting gap across technologies',
  secMethod: 'Method notes',

  // Cover
  coverTechnology: 'Technology',
  coverPolicyVersion: 'Policy version',
  coverInPortalSince: 'In the portal since',
  coverInShort: 'In short',
  coverDataAsOf: 'Data as of',
  coverFingerprint: 'Data fingerprint',
  coverCodeVersion: 'Code version',
  coverThisReport: 'This report',
  coverYear: 'Year',
  coverOtherYears: 'Other years:',
  coverCoverage: 'Coverage',
  contents: 'Contents',
  dataAsOf: (date: string, basis: string) =>
    `${date}: the latest date among the report’s inputs (${basis}).`,
  /** `<x0>` links the JSON sidecar. */
  fingerprintDetail: (n: number, roles: string, sidecar: string) =>
    `SHA-256 over the ${n} input files (${roles}), listed with their hashes in <x0>${sidecar}</x0>.`,
  /** `<x0>` links the page, `<x1>` is the PDF's placeholder, `<x2>` links how reports are made. */
  thisReport: (html: string, notMade: string) =>
    `Web page <x0>${html}</x0>; PDF <x1>${notMade}</x1> (see <x2>how reports are made</x2>).`,
  disclaimer:
    'Prepared by an independent open-source portal from public documents and published claims, each with its source. Not an official NYPD or City of New York document.',
  /** What dates a report's inputs ("data as of"). */
  basisRevision: 'revision of the published figures',
  basisOig: 'OIG-NYPD report',
  basisLegalFacts: 'legal facts last checked',
  basisFields: 'annual report fields published',
  basisPolicyEvent: (technology: string, event: string) => `${technology} policy: ${event}`,
  basisEntered: (technology: string) => `${technology} policy entered the portal`,
  basisReviewed: (technology: string) => `${technology} key facts reviewed`,
  /** Roles of the input files. */
  rolePolicy: 'imported policy entry',
  rolePolicyData: 'policy source document and curated inputs',
  roleDescriptor: 'data package descriptor',
  rolePublishedData: 'published figures as received',
  roleStatistics: 'aggregated statistics',
  roleReportFields: 'annual report fields (record level)',
  roleLegalFacts: 'FOIL legal facts',
  roleCode: 'code',

  // Policies and events
  finalPolicy: 'Final policy',
  draftPolicy: 'Draft policy',
  policyOf: (technology: string) => `${technology} policy`,
  policyLink: 'Policy',
  eventPosted: (final: boolean) => (final ? 'Final policy posted' : 'Draft policy posted'),
  eventUpdated: (final: boolean) => (final ? 'Final policy updated' : 'Draft policy updated'),
  eventAddendum: 'Addendum',
  datedUpdated: (date: string) => `updated ${date}`,
  datedPosted: (date: string) => `posted ${date}`,
  noDatePrinted: 'no date printed',
  datedAfter: (year: number) => ` (after ${year}: the text shown is newer than the year)`,
  nOfM: (n: number, m: number) => `${n} of ${m}`,

  // Tables
  colSection: 'Section',
  colChange: 'Change',
  colDate: 'Date',
  colEvent: 'Event',
  colWhere: 'Where',
  colPolicy: 'Policy',
  colUpdate: 'Update',
  colUpdateDescription: 'Description of update',
  colQuestion: 'Question',
  colAnswer: 'Answer',
  colWherePolicySays: 'Where the policy says it',
  colCriterion: 'Criterion',
  colResult: 'Result',
  colEvidence: 'Evidence',
  colWhy: 'Why',
  colWords: 'Words',
  colShared: 'Shared',
  colShare: 'Share',
  colAlsoFoundIn: 'Also found in',
  colSharedWithEach: 'Shared with each other policy',
  colNumber: '#',
  colField: 'Field',
  colRequiredBy: 'Required elsewhere by',
  colNypdPublishes: 'NYPD publishes',
  colDetail: 'Detail',
  colPeriod: 'Period',
  colWhat: 'What',
  colFigure: 'Figure',
  colWhoClaims: 'Who makes the claim',
  colRecommendations: 'Recommendations',
  colRejected: 'Rejected by the NYPD',
  colEachRecommendation:
    'Each recommendation: text, statutory or beyond the statute, response, status',
  colEachRecommendationShort: 'Each recommendation: text, statutory or beyond, response, status',
  colPoliciesConcerned: 'Policies it concerns',
  colTechnology: 'Technology',
  colDateAsPrinted: 'Date as printed',
  colAddendaIn: (year: number) => `Addenda (in ${year})`,
  colCriteriaMet: 'Criteria met',
  colBoilerplateShare: 'Boilerplate share',
  diffCaption: 'Sections changed since the previous version in the portal',
  eventsCaption: (technology: string) => `Dated events of the ${technology} policy, as printed`,
  noEventDates: 'The policy prints no posted, updated or addendum date.',
  policyFirstPage: 'the policy’s first page',
  changesCaption: (rows: number) =>
    `Summary of changes between the draft and the final policy, as printed (${rows} rows)`,
  noChanges: 'The policy prints no summary of changes.',
  sourceLabel: 'Source:',
  thePolicyPage: 'the policy page',
  addendaLabel: 'Addenda:',
  addendaNone: 'none listed in the policy.',
  addendaDated: (n: number) => `${n}, dated above.`,
  keyFactsCaption: (technology: string) => `Key facts of the ${technology} policy`,
  notStated: 'Not stated',
  notReviewed: 'Not reviewed',
  scorecardCaption: (technology: string) => `Completeness scorecard of the ${technology} policy`,
  notFound: 'Not found',
  boilerplateCaption: (technology: string) =>
    `Boilerplate share by section of the ${technology} policy`,
  noOtherPolicy: 'no other policy',
  noText: 'no text',
  gapCaption: (technology: string) =>
    `Reporting gap: annual report fields and what the NYPD publishes for ${technology}`,
  policyColon: 'Policy:',
  figuresCaption: (technology: string) => `Published figures about ${technology}`,
  approximatePeriod: ' (approximate period)',
  inTheirWords: 'In the sources’ words',
  relatedHeading: 'Related, not established to concern this policy',
  trackerCaption: (technology: string) =>
    `Recommendation tracker: OIG-NYPD reports listed for ${technology}`,
  notPublished: 'not published in the portal’s sources',
  oigFinding: 'Finding',
  oigWhyListed: 'Why it is listed',
  oigRecommendations: 'Recommendations',
  oigTheReport: 'The report',
  asSummarisedBy: (title: string, kind: string) => `As summarised by ${title} (${kind})`,
  whereThePolicyDescribesIt: 'Where the policy describes it:',
  numberNotPublished: 'Number not published in the portal’s sources',
  addressNotRead: 'Address as the source gives it, not read by the portal',
  foilExist: 'Records the policy says exist',
  foilNotKept: 'What the policy says is not kept',
  foilRetention: 'How long records are kept',
  lastChecked: (date: string) => `last checked ${date}.`,
  portalInputs: 'The portal’s own inputs',
  inventoryCaption: (year: number) =>
    `Technologies and their policies in the portal (report of ${year})`,
  scorecardsCaption: 'Completeness scorecards side by side',
  boilerplateAcrossCaption: 'Boilerplate across policies',
  yearEventsCaption: (year: number) => `Policy events dated ${year}, as printed`,
  yearChangesCaption: (technology: string) =>
    `${technology}: summary of changes between the draft and the final policy, as printed`,
  reportsIssuedIn: (year: number) => `Reports issued in ${year}`,
  theReportNotRead: 'the report, not read by the portal:',
  allTrackerCaption: 'Recommendation tracker: every OIG-NYPD POST Act report in the data',
  noneOfThePolicies: 'none of the policies in the portal',
  relatedNotEstablished: ' (related, not established)',
  allPolicies: ' (all policies)',
  otherCounts: 'Other published counts',
  noFoilFigure: 'No FOIL figure is in the data.',
  foilFiguresCaption: 'FOIL figures reported by news, advocacy and good-government sources',
  gapAcrossCaption: (year: number) => `The reporting gap across technologies, ${year}`,
  gapCellLabel: (status: string, field: string, technology: string) =>
    `${status}: ${field}, ${technology}`,

  // Field statuses
  statusReported: 'reported',
  statusReportedAsZero: 'reported as zero',
  statusNotReported: 'not reported',
  statusNotApplicable: 'not applicable',
  statusWithheld: 'withheld',

  // The annual report fields (the rows of the reporting gap)
  field0: 'Technology, policy version and date, addenda, responsible unit, reporting period',
  field1:
    'How the technology was used; type and amount of data collected; whether people not suspected of anything were captured',
  field2: 'Data sharing: how often, named recipients, data types, legal standard and justification',
  field3:
    'Intergovernmental data-sharing policy: when data can or must be shared, criteria, which data to which agency, task forces with access',
  field4: 'Where it was deployed (objects, data sources; by precinct or borough)',
  field5: 'Complaints received, and whether the policy protects rights',
  field6: 'Internal audits, violations found and actions taken',
  field7: 'Data breaches, unauthorized access or disclosure',
  field8: 'Evidence of effectiveness',
  field9: 'Records-request (FOIL) statistics about the technology',
  field10: 'Annual cost and funding source',
  field11: 'Requested changes to the policy',
  field12: 'Products, vendors and models; technology newly acquired or discontinued',
  field13: 'Equity or disparate-impact analysis',
  field14:
    'Oversight findings and a recommendation tracker (text, date, statutory or beyond the statute, NYPD response, status)',
  field15: 'Facial recognition only: the additional policy and annual-audit items',

  // Suggested questions
  questionFor: 'For:',
  questionFrom: 'From:',
  questionRestsOn: 'Rests on:',
  basisCriterion: (criterion: string) => `Scorecard: ${criterion} (fail)`,
  basisField: (n: number) => `Not reported: field ${n}`,
  basisOigReport: (date: string) => `OIG-NYPD report of ${date}`,
  citeScorecardRow: 'scorecard row',
  citeGapRow: 'reporting-gap row',
  citeOigReport: 'OIG-NYPD report in this packet',

  // Citations into a policy page
  citeSection: (section: string) => `${section} section`,
  citeParagraph: (section: string, n: number) => `${section} ¶${n}`,
  citeItem: (paragraph: string, item: number) => `${paragraph}, item ${item}`,
  citeChanges: 'Summary of changes',
  citeAddendum: (n: number) => `Addendum ${n}`,
  citeOfPolicy: (label: string, technology: string) => `${label}, ${technology} policy`,

  // Sources
  sourceNotRead: '; cited through another source, not read by the portal',
  sourceNoAddress: 'Cited by name; no address recorded.',
  kindLaw: 'law',
  kindOversightReports: 'oversight reports',
  kindOversightReport: 'oversight report (address as the source gives it)',
  kindNypdReport: 'NYPD report',
  kindFoilLegal: 'FOIL legal source',

  // Section diff statuses
  diffUnchanged: 'unchanged',
  diffChanged: 'changed',
  diffAdded: 'added',
  diffRemoved: 'removed',
};

export type ReportsMessages = typeof en;

export default defineMessages(
  'reports',
  {
    en,
    es: en,
    'zh-hant': en,
    'zh-hans': en,
    ru: en,
    bn: en,
    ht: en,
    ko: en,
    ar: en,
    ur: en,
    fr: en,
    pl: en,
  },
  {
    es: { date: '2026-12-03', from: 'pending' },
    'zh-hant': { date: '2026-12-03', from: 'pending' },
    'zh-hans': { date: '2026-12-03', from: 'pending' },
    ru: { date: '2026-12-03', from: 'pending' },
    bn: { date: '2026-12-03', from: 'pending' },
    ht: { date: '2026-12-03', from: 'pending' },
    ko: { date: '2026-12-03', from: 'pending' },
    ar: { date: '2026-12-03', from: 'pending' },
    ur: { date: '2026-12-03', from: 'pending' },
    fr: { date: '2026-12-03', from: 'pending' },
    pl: { date: '2026-12-03', from: 'pending' },
  },
);
