import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadOversight } from '../data/oversight.ts';
import { loadReports } from '../data/reports.ts';
import { FEED_TITLE, feedItems, lastChange } from '../lib/oversight/feed.ts';

/**
 * /feed.xml: an RSS 2.0 feed of policy events (posted, updated, addenda)
 * and reports (one item per report and "data as of" date), newest first, each dated as printed on the policy; a policy that prints no
 * date is dated by the day it entered the portal, and says so. Guids are
 * origin-free URNs (`src/lib/oversight/feed.ts`); links are absolute from
 * SITE_URL. lastBuildDate is the newest item's date, so the same inputs give
 * the same bytes.
 */
export const GET: APIRoute = async ({ site }) => {
  const [data, publications, reports] = await Promise.all([
    loadOversight(),
    getCollection('publications'),
    loadReports(),
  ]);
  const added = new Map(publications.map((p) => [p.id, p.data.addedToPortal]));
  const origin = String(site);
  const abs = (path: string) => new URL(path, origin).href;
  const items = feedItems(
    data.events,
    data.policies.map((p) => ({ ...p, addedToPortal: added.get(p.slug) })),
    reports.all.map((r) => ({
      id: r.id,
      title: r.title,
      html: r.html,
      dataAsOf: r.dataAsOf.date,
      technology: r.technology,
    })),
  );
  const last = lastChange(items);
  return rss({
    title: FEED_TITLE,
    description:
      'Dated events of the NYPD Impact and Use Policies imported into the portal: postings, updates and addenda, as printed on the documents, policies added to the portal, and its reports (hearing packets and annual reports).',
    site: origin,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: items.map((i) => ({
      title: i.title,
      link: abs(i.path),
      pubDate: new Date(`${i.date}T00:00:00Z`),
      description: i.description,
      categories: i.categories,
      customData: `<guid isPermaLink="false">${i.guid}</guid>`,
    })),
    customData: [
      `<atom:link href="${abs('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
      '<language>en-us</language>',
      last ? `<lastBuildDate>${new Date(`${last}T00:00:00Z`).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
  });
};
