/**
 * The portal's RSS feed items, as plain data: one item per dated policy
 * event (posted, updated, addendum), for a policy that prints no date at
 * all one item dated the day it entered the portal, said as such, and one
 * item per report (hearing packet, annual report) and "data as of" date. Nothing
 * here depends on the site's origin except the links: guids are origin-free
 * URNs, so moving the site does not duplicate items in readers.
 */
import { formatIsoDate } from '../policy/dates.ts';
import type { Publication } from '../../schemas/policy.ts';
import { type PolicyEvent, type PolicyMeta, policyEvents } from './timeline.ts';

/** Feed title, also on the `<link rel="alternate">` every page carries. */
export const FEED_TITLE = 'POST Act Transparency Portal: NYPD policy updates and addenda';

/** Namespace of every feed guid (`urn:post-act-portal:<kind>:<id>`). */
export const GUID_PREFIX = 'urn:post-act-portal';

/** One feed item before rendering; `path` is site-relative. */
export interface FeedItem {
  guid: string;
  title: string;
  path: string;
  /** YYYY-MM-DD the item is dated. */
  date: string;
  description: string;
  categories: string[];
}

/** What the feed needs to know of each policy: its metadata and when it entered the portal. */
export interface FeedPolicy extends PolicyMeta {
  /** YYYY-MM-DD the policy entered the portal (from `data/policies/<slug>/publication.json`). */
  addedToPortal: Publication['addedToPortal'] | undefined;
}

/** What the feed needs to know of a report (src/lib/reports/meta.ts). */
export interface FeedReport {
  id: string;
  title: string;
  /** Site-relative address of its web page. */
  html: string;
  /** YYYY-MM-DD of the data it was made from. */
  dataAsOf: string;
  /** Policy slug of a hearing packet, else null. */
  technology: string | null;
}

/**
 * One item per report, dated by its "data as of" day; its guid names that
 * day, so a report made from newer data is a new item, and a rebuild from the
 * same data is not.
 */
export function reportItems(reports: readonly FeedReport[]): FeedItem[] {
  return reports.map((r) => ({
    guid: `${GUID_PREFIX}:report:${r.id}:${r.dataAsOf}`,
    title: `${r.title} (data as of ${formatIsoDate(r.dataAsOf)})`,
    path: r.html,
    date: r.dataAsOf,
    description: `${r.title}, made from the portal's data as of ${formatIsoDate(r.dataAsOf)}: a print-ready web page carrying the fingerprint of the data it was made from; its PDF is listed on /reports/.`,
    categories: ['report', ...(r.technology ? [r.technology] : [])],
  }));
}

/** Feed items, newest first (events in timeline order, then undated policies by slug, then reports). */
export function feedItems(
  events: readonly PolicyEvent[],
  policies: readonly FeedPolicy[],
  reports: readonly FeedReport[] = [],
): FeedItem[] {
  const dated: FeedItem[] = events.map((e) => ({
    guid: `${GUID_PREFIX}:event:${e.id}`,
    title: `${e.technology}: ${e.label} (${formatIsoDate(e.date)})`,
    path: `/policies/${e.slug}/${e.anchor ? `#${e.anchor}` : ''}`,
    date: e.date,
    description:
      e.description || `${e.label} on ${formatIsoDate(e.date)}, as printed on the policy.`,
    categories: [e.technology, e.kind],
  }));
  const undated: FeedItem[] = policies
    .filter((p) => policyEvents(p).length === 0)
    .map((p) => {
      if (!p.addedToPortal)
        throw new Error(
          `feed: policy "${p.slug}" prints no date and has no addedToPortal date: add data/policies/${p.slug}/publication.json`,
        );
      return {
        guid: `${GUID_PREFIX}:added:${p.slug}`,
        title: `${p.technology}: ${p.status} policy added to the portal (${formatIsoDate(p.addedToPortal)})`,
        path: `/policies/${p.slug}/`,
        date: p.addedToPortal,
        description: `The ${p.status} Impact and Use Policy for ${p.technology} was added to the portal on ${formatIsoDate(p.addedToPortal)}. The policy itself prints no posted or updated date, so this item is dated by the day it entered the portal, not by the NYPD.`,
        categories: [p.technology, 'added'],
      };
    });
  return [...dated, ...undated, ...reportItems(reports)].sort(
    (a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid),
  );
}

/**
 * The feed's lastBuildDate: the newest item's date (midnight UTC), so that
 * the same inputs give the same feed; null when there is no item.
 */
export function lastChange(items: readonly FeedItem[]): string | null {
  return items.reduce<string | null>(
    (max, i) => (max === null || i.date > max ? i.date : max),
    null,
  );
}
