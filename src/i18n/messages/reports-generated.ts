/**
 * Sentences the report generators write (src/lib/reports/): the detail of
 * each reporting-gap row, why an OIG-NYPD report is listed for a policy, the
 * rule that decides it, and the suggested questions for witnesses. English
 * and Spanish complete; other languages fall back to English (the generators
 * say so with the language of their text). The English must stay as the
 * generators always wrote it: the reports' tests and PDFs rest on it. Rich
 * text as in ./reports.ts: Spanish marks the English it quotes with `<en>`.
 */
import { defineProse } from '../messages.ts';

const en = {
  // Reporting gap: the detail of each field (src/lib/reports/gap.ts)
  gapAppliesTo: (description: string | null) =>
    `Applies to ${description ?? 'other technologies'}.`,
  /** `date` is null when the policy prints neither; `updated` says which date it is. */
  gapIdentification: (
    final: boolean,
    date: { kind: 'updated' | 'posted'; date: string } | null,
    addenda: number,
  ) =>
    `No yearly report. The policy itself names the technology, is ${final ? 'final' : 'draft'}, ${date ? `prints the date it was ${date.kind} (${date.date})` : 'prints no posted or updated date'} and lists ${addenda === 0 ? 'no addenda' : `${addenda} ${addenda === 1 ? 'addendum' : 'addenda'}`}; it names no responsible unit and no reporting period.`,
  gapUse: (figures: number) =>
    figures > 0
      ? `No figures from the department. ${figures} figure${figures === 1 ? ' is' : 's are'} reported by news and advocacy sources (see the published figures); they are claims, not official statistics.`
      : 'No figures from the department, and none reported by the sources the portal cites.',
  gapDataSharing: (hasSection: boolean) =>
    hasSection
      ? 'The policy’s External Entities section says who may receive data; how often data was shared, with whom and under which legal standard is not published.'
      : 'The policy has no External Entities section; how often data was shared, with whom and under which legal standard is not published.',
  gapIntergovernmental:
    'No intergovernmental data-sharing policy is among the documents the portal holds for this technology.',
  gapAudits: (hasSection: boolean) =>
    hasSection
      ? 'The policy describes audit and oversight mechanisms in its Internal Audit & Oversight section; no audit results, violations or actions taken are published.'
      : 'The policy has no Internal Audit & Oversight section, and no audit results are published.',
  gapBreaches: (privacyOfficer: boolean) =>
    privacyOfficer
      ? 'The policy says a disclosure that violates the Identifying Information Law is reported to the City’s Chief Privacy Officer, whose quarterly report is not broken down by technology; no breach or unauthorized access is published for this technology.'
      : 'No breach, unauthorized access or disclosure is published for this technology.',
  gapRecordsRequests:
    'No FOIL request is counted per technology in the data the portal holds; agency-wide figures reported by news and advocacy sources are in the citywide annual report.',
  gapPolicyChanges: (changes: number) =>
    changes > 0
      ? `No requested changes are published. The policy’s summary of changes lists ${changes} changes made between the draft and the final policy.`
      : 'No requested changes are published.',
  /** `substantive` is null when the policy has no Disparate Impacts section. */
  gapEquity: (substantive: boolean | null) =>
    substantive === null
      ? 'The policy has no Disparate Impacts section, and no analysis with data is published.'
      : `The policy’s Disparate Impacts section is ${substantive ? 'substantive' : 'not substantive'} by the scorecard’s rule; no analysis with data is published.`,
  gapOversight: (reports: number) =>
    `No tracker from the department. ${reports === 0 ? 'No OIG-NYPD report in the data concerns this technology by the portal’s rule' : `${reports} OIG-NYPD report${reports === 1 ? '' : 's'} (not the NYPD’s) concern${reports === 1 ? 's' : ''} this technology`}; per-recommendation text, response and status are not published.`,
  gapFacialRecognitionAudit:
    'No audit is published. The portal has not read the list of items Local Law 55 of 2025 requires (uncertain), so it cannot say which are missing.',
  /** `section` is the label of the policy section that speaks of the subject, or null. */
  gapDefault: (section: string | null) =>
    section
      ? `Not published. The policy speaks of the subject in its ${section} section.`
      : 'Not published.',
  /** A field from the dataset: its period, publication date and the law it is withheld under. */
  gapFromDataset: (
    start: string,
    end: string,
    published: string | null,
    withheldUnder: string | null,
  ) =>
    `For ${start} to ${end}${published ? `, published ${published}` : ''}.${withheldUnder ? ` Withheld under ${withheldUnder}.` : ''}`,
  /** What the technology applies to ("facial recognition only"). */
  appliesFacialRecognition: 'facial recognition only',

  // Why an OIG-NYPD report is listed for a policy (src/lib/reports/oig.ts)
  relationNamed: (technology: string) => `The finding names ${technology.toLowerCase()}.`,
  relationAll:
    'The finding is about the impact and use policies as a whole: it names no single technology or tool, so it concerns every policy.',
  relationSubject: (subject: string) => `The report’s subject is ${subject}.`,
  relationTool: (tool: string) => `The finding names ${tool} among the tools concerned.`,
  relationRelated: (tool: string, phrase: string) =>
    `The finding names “${tool}” among tools folded into existing policies; this policy describes an “${phrase}”. The data do not say which policy the OIG-NYPD reviewed for it.`,
  /** The rule, in four parts. */
  oigRule1:
    'A report whose title names a subject in parentheses (e.g. “(unmanned aircraft systems)”) concerns the policy of that technology only: its technology name must match the subject.',
  oigRule2:
    'A report whose finding names the tools it is about (“among them …”) concerns a policy whose technology name appears among those tools. When a tool’s name is not a technology name but the longest ending of it of two words or more (e.g. “autonomous security robot” for “the Knightscope K5 autonomous security robot”) appears word for word in a policy’s text or addenda, the report is listed as related to that policy, with the paragraphs where the phrase appears; the data do not say that the report reviewed that policy, and the report says so.',
  oigRule3:
    'A report that names neither a subject nor tools speaks of the impact and use policies as a whole and concerns every policy.',
  oigRule4:
    'Independently of the above, a report whose finding names a technology by its full name concerns that policy.',

  // Suggested questions (src/lib/reports/questions.ts)
  qMissingSection: (technology: string, section: string) =>
    `The ${technology} policy has no “${section}” section, which NYC Admin. Code § 14-188(a) requires of every impact and use policy. When will the NYPD publish it?`,
  qShortSection: (
    technology: string,
    section: string,
    words: number,
    min: number,
    subject: string,
  ) =>
    `The “${section}” section of the ${technology} policy has ${words} words (the scorecard asks for at least ${min}). What can the NYPD add about ${subject} for ${technology}?`,
  qBoilerplateSection: (
    technology: string,
    section: string,
    words: number,
    shared: number,
    percent: number,
    specific: number,
    subject: string,
  ) =>
    `Of the ${words} words of the “${section}” section of the ${technology} policy, ${shared} (${percent}%) are found nearly word for word in another policy, leaving ${specific} specific to it. What is specific to ${technology} about ${subject} that the section does not say?`,
  subjectCapabilities: 'what the technology can do',
  subjectRules: 'the rules for its use',
  subjectSafeguards: 'its safeguards against unauthorized access',
  subjectRetention: 'how long its data is kept, who may access it and how it is used',
  subjectPublicAccess: 'public access to its data',
  subjectExternalEntities: 'which outside entities receive its data',
  subjectTraining: 'the training its users receive',
  subjectAudit: 'how its use is audited and overseen',
  subjectHealthSafety: 'its health and safety effects',
  subjectDisparateImpacts: 'its disparate impacts',
  qCourtAuthorization: (technology: string) =>
    `Does the NYPD seek court authorization before using ${technology}, and if so of which type (warrant, court order)? The rules section does not say, although NYC Admin. Code § 14-188(a) asks for it.`,
  qEncryption: (technology: string) =>
    `Is ${technology} data encrypted in transit and at rest? No sentence of the policy names encryption, although NYC Admin. Code § 14-188(a) asks for its safeguards.`,
  qAccessControl: (technology: string) =>
    `Who may access ${technology} data, and how is access limited and removed? The safeguards and retention sections do not say.`,
  /** `entity` is local, state, federal or private. */
  qEntity: (technology: string, entity: string) =>
    `Do ${entity} entities have access to ${technology} data, and under which conditions? The External Entities section does not name them, although NYC Admin. Code § 14-188(a) asks whether local, state, federal or private entities do.`,
  qRetention: (technology: string) =>
    `How long is ${technology} data kept? The retention section states no period.`,
  /** `why` is the scorecard's note, in English. */
  qHealthSafety: (technology: string, why: string) =>
    `The health and safety section of the ${technology} policy is not substantive by the scorecard’s rule (${why}). On what testing, exposure data or other basis does the NYPD rest what it says there?`,
  qFieldIdentification: (technology: string) =>
    `Which NYPD unit is responsible for ${technology}, and over which period would a yearly report on it run? The policy names neither.`,
  qFieldUse: (technology: string) =>
    `How often did the NYPD use ${technology} in the last year, how much data did it collect, and were people not suspected of anything captured?`,
  qFieldDataSharing: (technology: string) =>
    `How often did the NYPD share ${technology} data outside the department in the last year, with which named recipients, which data, and under which legal standard?`,
  qFieldIntergovernmental: (technology: string) =>
    `Has the NYPD published the intergovernmental data-sharing policy that NYC Admin. Code § 14-188(h), as amended by Local Law 56 of 2025, requires, and what does it say about ${technology} data and task forces with access?`,
  qFieldDeployment: (technology: string) =>
    `Where did the NYPD deploy ${technology} in the last year, by precinct or borough?`,
  qFieldComplaints: (technology: string) =>
    `How many complaints about the NYPD’s use of ${technology} were received in the last year, and what came of them?`,
  qFieldAudits: (technology: string) =>
    `Which internal audits of ${technology} use were carried out in the last year, what violations did they find, and what action followed?`,
  qFieldBreaches: (technology: string) =>
    `Were there data breaches, unauthorized access or unauthorized disclosures of ${technology} data in the last year, and were any reported to the City’s Chief Privacy Officer?`,
  qFieldEffectiveness: (technology: string) =>
    `What evidence does the NYPD have that its use of ${technology} is effective for the purposes its policy names?`,
  qFieldRecordsRequests: (technology: string) =>
    `How many FOIL requests about ${technology} did the NYPD receive in the last year, and how were they answered?`,
  qFieldCost: (technology: string) =>
    `What did the NYPD spend on ${technology} in the last year, and from which funding source?`,
  qFieldPolicyChanges: (technology: string) =>
    `Which changes to the ${technology} policy does the NYPD intend to make or request?`,
  qFieldProducts: (technology: string) =>
    `Which products, vendors and models does the NYPD use for ${technology}, and what was acquired or discontinued in the last year?`,
  qFieldEquity: (technology: string) =>
    `Has the NYPD analysed the disparate impact of ${technology} with data, and will it publish the analysis?`,
  qFieldOversight: (technology: string) =>
    `Will the NYPD publish, for each OIG-NYPD recommendation that concerns ${technology}, its text, whether it goes beyond the statute, the NYPD’s response and its status?`,
  qFieldFacialRecognitionAudit:
    'What does the annual audit of facial recognition under NYC Admin. Code § 14-188.1 (Local Law 55 of 2025) cover, and when will the first one be published?',
  /** `tool` and `phrase` are the report's and the policy's words, in English. */
  qOigRelated: (date: string, tool: string, phrase: string, technology: string) =>
    `The OIG-NYPD’s ${date} report names “${tool}” among tools folded into existing impact and use policies, and this policy describes an “${phrase}”. Which impact and use policy covers it, and did the OIG-NYPD review the ${technology} policy for it?`,
  /** `made` and `rejected` are the counts as published (English), or null. */
  qOig: (
    date: string,
    title: string,
    source: string,
    finding: string,
    made: string | null,
    rejected: { figure: string; period: string } | null,
    technology: string,
  ) => {
    const counts = [
      ...(made ? [`it made ${made}`] : []),
      ...(rejected ? [`the NYPD rejected ${rejected.figure} (${rejected.period})`] : []),
    ];
    const countText =
      counts.length > 0 ? ` According to the sources cited, ${counts.join(', and ')}.` : '';
    return `The OIG-NYPD’s ${date} report (“${title}”) found, as ${source} summarises it: “${finding}”${countText} Which of its recommendations bear on the ${technology} policy, what did the NYPD answer to each, and what is their status?`;
  },
};

export type GeneratedMessages = typeof en;

export default defineProse(
  'reports-generated',
  { en, es: en },
  { es: { date: '2026-12-03', from: 'pending' } },
);
