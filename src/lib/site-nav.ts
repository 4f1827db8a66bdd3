/**
 * Primary navigation. One entry per top-level section of the portal; an
 * entry is added here only when its page exists (the build's link check and
 * the e2e link test fail otherwise).
 */
import type core from '../i18n/messages/core.ts';

export interface NavItem {
  /** English path; links are localized for the page's language (src/middleware.ts). */
  href: string;
  /** Key of the label in the core dictionary (src/i18n/messages/core.ts). */
  label: keyof typeof core.messages.en & `nav${string}`;
  /** One sentence for the home page's list of what the portal offers. */
  description?: string;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  {
    href: '/policies/',
    label: 'navPolicies',
    description:
      'Every imported Impact and Use Policy, section by section, with a link and a citation for each paragraph.',
  },
  {
    href: '/statistics/',
    label: 'navStatistics',
    description:
      'What is and is not reported per technology: published figures with their sources, charts with data tables, FOIL figures and addenda.',
  },
  {
    href: '/data/',
    label: 'navData',
    description:
      'Catalogue of every dataset behind the statistics, with schema, sources, licence and a Frictionless datapackage.json.',
  },
  {
    href: '/foil/',
    label: 'navFoil',
    description:
      'Which records each policy says exist, where to send a Freedom of Information Law request, the deadlines, and letter builders that work in your browser.',
  },
  {
    href: '/compare/',
    label: 'navCompare',
    description:
      'Key facts of every policy side by side (data kept, retention, court authorization, sharing, security), each linked to its paragraph, and how much text the policies share.',
  },
  {
    href: '/scorecard/',
    label: 'navScorecard',
    description:
      'Does each policy cover every section the POST Act requires, in substance, and answer the law’s specific questions? Pass or fail with the evidence.',
  },
  {
    href: '/reports/',
    label: 'navReports',
    description:
      'A hearing packet per technology and a citywide annual report, as print-ready pages and tagged PDFs, each with the fingerprint of the data it was made from.',
  },
  {
    href: '/timeline/',
    label: 'navTimeline',
    description:
      'Every dated policy event (postings, updates, addenda) across technologies, with an RSS feed.',
  },
];

/** True when `href` is the current page or one of its descendants (both without a language prefix). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href);
}
