/**
 * Primary navigation. One entry per top-level section of the portal; an
 * entry is added here only when its page exists (the build's link check and
 * the e2e link test fail otherwise).
 */
import type core from '../i18n/messages/core.ts';

export interface NavItem {
  /** English path; links are localized for the page's language (src/middleware.ts). */
  href: string;
  /**
   * Key of the label in the core dictionary (src/i18n/messages/core.ts). The
   * home page's one-sentence description of the section has the same key in
   * src/i18n/messages/site-home.ts.
   */
  label: Exclude<keyof typeof core.messages.en & `nav${string}`, 'navPrimary'>;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  {
    href: '/policies/',
    label: 'navPolicies',
  },
  {
    href: '/statistics/',
    label: 'navStatistics',
  },
  {
    href: '/data/',
    label: 'navData',
  },
  {
    href: '/foil/',
    label: 'navFoil',
  },
  {
    href: '/compare/',
    label: 'navCompare',
  },
  {
    href: '/scorecard/',
    label: 'navScorecard',
  },
  {
    href: '/reports/',
    label: 'navReports',
  },
  {
    href: '/timeline/',
    label: 'navTimeline',
  },
];

/** True when `href` is the current page or one of its descendants (both without a language prefix). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href);
}
