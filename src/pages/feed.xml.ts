import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadOversight } from '../components/oversight/data.ts';
import { policyEvents } from '../lib/oversight/timeline.ts';
import { formatIsoDate } from '../lib/policy/dates.ts';

/**
 * /feed.xml: an RSS 2.0 feed of policy events (posted, updated, addenda),
 * newest first, each dated as printed on the policy. A policy that prints no
 * date at all gets one undated item (no pubDate: no date is invented), so
 * every imported policy appears in the feed.
 */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadOversight();
  const origin = String(site);
  const abs = (path: string) => new URL(path, origin).href;
  const dated: RSSFeedItem[] = data.events.map((e) => ({
    title: `${e.technology}: ${e.label} (${formatIsoDate(e.date)})`,
    link: abs(`/policies/${e.slug}/${e.anchor ? `#${e.anchor}` : ''}`),
    pubDate: new Date(`${e.date}T00:00:00Z`),
    description:
      e.description || `${e.label} on ${formatIsoDate(e.date)}, as printed on the policy.`,
    categories: [e.technology, e.kind],
    customData: `<guid isPermaLink="false">${abs('/timeline/')}#${e.id}</guid>`,
  }));
  const undated: RSSFeedItem[] = data.policies
    .filter((p) => policyEvents(p).length === 0)
    .map((p) => ({
      title: `${p.technology}: ${p.status} policy (no date printed)`,
      link: abs(`/policies/${p.slug}/`),
      description: `The imported ${p.status} policy for ${p.technology} prints no posted or updated date and no addendum, so this item has no date.`,
      categories: [p.technology, 'policy'],
      customData: `<guid isPermaLink="false">${abs('/timeline/')}#${p.slug}/undated</guid>`,
    }));
  return rss({
    title: 'POST Act Transparency Portal: NYPD policy updates and addenda',
    description:
      'Dated events of the NYPD Impact and Use Policies imported into the portal: postings, updates and addenda, as printed on the documents.',
    site: origin,
    items: [...dated, ...undated],
    customData: '<language>en-us</language>',
  });
};
