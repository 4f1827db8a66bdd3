/**
 * Every word the search page and its browser code write, in English: the
 * English of the `site-search` dictionary (src/i18n/messages/site-search.ts
 * holds the other languages and uses this object as its English), defined
 * here so that the browser bundle carries no other language. Plain strings only, with `{name}`
 * placeholders (src/lib/text-template.ts), so the page can hand its
 * language's messages to the browser code as JSON (`data-pp-messages`).
 *
 * Counts that need a plural form have one message per plural category of
 * Intl.PluralRules (`resultsOne`, `resultsFew`...); a language repeats
 * `resultsOther` for the categories it does not have.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { formatNumber, intlTag } from '../../i18n/format.ts';
import { fillText } from '../text-template.ts';
import { ABSTRACT_KEY, SECTIONS, type BlockKey } from '../../schemas/sections.ts';

const section = (key: BlockKey): string =>
  key === ABSTRACT_KEY ? 'Abstract' : SECTIONS.find((s) => s.key === key)!.label;

export const SEARCH_MESSAGES_EN = {
  title: 'Search',
  description:
    'Search every NYPD Impact and Use Policy section, FOIL guide and statistics page on the portal, with filters by technology, section, status and year.',
  formLabel: 'Search and filters',
  queryLabel: 'Search policies, guides and statistics',
  submit: 'Search',
  hint: 'Results update as you type. Words are matched in full and by prefix.',
  filtersLegend: 'Filter results',
  clearFilters: 'Clear filters',
  resultsHeading: 'Results',
  showMore: 'Show more results',
  showMoreCount: 'Show more results ({n} more)',
  noScript:
    "Search runs in your browser and needs JavaScript, which is turned off or did not load. Every policy section is listed below; your browser's find-in-page (Ctrl+F or ⌘F) searches a policy page.",
  browseHeading: 'Browse instead',
  browseAll: '[All Impact and Use Policies](policies), with their status and last update.',
  noPolicies: 'No policy has been imported yet.',
  sectionsOf: 'Sections of the {technology} policy',
  notInDocument: '(not in the published document)',

  filterTechnology: 'Technology',
  filterKind: 'Kind of document',
  filterSection: 'Statutory section',
  filterStatus: 'Policy status',
  filterYear: 'Year',
  anyTechnology: 'Any technology',
  anyKind: 'Any kind of document',
  anySection: 'Any statutory section',
  anyStatus: 'Any policy status',
  anyYear: 'Any year',
  optionCount: '{label} ({n})',
  kindPolicy: 'Impact and Use Policy',
  kindGuide: 'FOIL guide',
  kindStatistics: 'Statistics',
  kindReport: 'Report',
  statusDraft: 'Draft',
  statusFinal: 'Final',
  sectionAbstract: section('abstract'),
  sectionCapabilities: section('capabilities'),
  sectionRules: section('rules'),
  sectionSafeguards: section('safeguards'),
  sectionRetention: section('retention'),
  sectionPublicAccess: section('public-access'),
  sectionExternalEntities: section('external-entities'),
  sectionTraining: section('training'),
  sectionAudit: section('audit'),
  sectionHealthSafety: section('health-safety'),
  sectionDisparateImpacts: section('disparate-impacts'),
  /** A policy section record's title: "Facial Recognition: Retention, Access & Use of Data". */
  recordTitle: '{technology}: {section}',

  prompt: 'Type a word or phrase, or choose a filter, to search.',
  unavailable:
    'Search is unavailable: the search index could not be loaded. Browse the policies below instead.',
  resultsZero: 'No results',
  resultsOne: '{n} result',
  resultsTwo: '{n} results',
  resultsFew: '{n} results',
  resultsMany: '{n} results',
  resultsOther: '{n} results',
  countFor: '{count} for “{q}”',
  countInFilters: '{count} in the selected filters',
  countWithFilters: '{message} ({filters})',
  sentence: '{message}.',
  withCut: '{message} {cut}',
  filterValues: '{label}: {values}',
  filterSeparator: '; ',
  valueOr: ' or ',
  queryCut:
    'Your search was {length} characters long, so only its first {max} characters were searched.',
  matchingIn: 'Matching passages in {title}',
};

/** The search page's words in one language (every key of the English). */
export type SearchMessages = { readonly [K in keyof typeof SEARCH_MESSAGES_EN]: string };

/** The search page's words and the language they are in (for plural rules and numbers). */
export interface SearchText {
  locale: Locale;
  m: SearchMessages;
}

export const SEARCH_TEXT_EN: SearchText = { locale: DEFAULT_LOCALE, m: SEARCH_MESSAGES_EN };

/** The message key of each section label. */
export const SECTION_MESSAGE: Readonly<Record<BlockKey, keyof SearchMessages>> = {
  abstract: 'sectionAbstract',
  capabilities: 'sectionCapabilities',
  rules: 'sectionRules',
  safeguards: 'sectionSafeguards',
  retention: 'sectionRetention',
  'public-access': 'sectionPublicAccess',
  'external-entities': 'sectionExternalEntities',
  training: 'sectionTraining',
  audit: 'sectionAudit',
  'health-safety': 'sectionHealthSafety',
  'disparate-impacts': 'sectionDisparateImpacts',
};

const PLURAL_MESSAGE: Readonly<Record<Intl.LDMLPluralRule, keyof SearchMessages>> = {
  zero: 'resultsOther',
  one: 'resultsOne',
  two: 'resultsTwo',
  few: 'resultsFew',
  many: 'resultsMany',
  other: 'resultsOther',
};

const rules = new Map<Locale, Intl.PluralRules>();

/** "No results", "1 result", "12 results" (or their translation). */
export function resultCount(count: number, text: SearchText = SEARCH_TEXT_EN): string {
  if (count === 0) return text.m.resultsZero;
  let r = rules.get(text.locale);
  if (!r) {
    r = new Intl.PluralRules(intlTag(text.locale));
    rules.set(text.locale, r);
  }
  return fillText(text.m[PLURAL_MESSAGE[r.select(count)]], {
    n: formatNumber(text.locale, count),
  });
}

/**
 * Reads the messages a page embedded (`data-pp-messages`): the English
 * default for anything missing or malformed, so the search still works.
 */
export function readSearchMessages(json: string | undefined): SearchMessages {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (!parsed || typeof parsed !== 'object') return SEARCH_MESSAGES_EN;
    const out: Record<string, string> = { ...SEARCH_MESSAGES_EN };
    for (const key of Object.keys(SEARCH_MESSAGES_EN)) {
      const v = (parsed as Record<string, unknown>)[key];
      if (typeof v === 'string') out[key] = v;
    }
    return out as SearchMessages;
  } catch {
    return SEARCH_MESSAGES_EN;
  }
}
