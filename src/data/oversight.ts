/**
 * Loads the oversight data once per build from the content collections
 * (imported policies + curated key facts). Rendering-side glue only: every
 * computation lives in src/lib/oversight/.
 */
import { getCollection } from 'astro:content';
import type { PluggableList } from 'unified';
import { type Oversight, buildOversight, localizeOversight } from '../lib/oversight/oversight.ts';
import { renderPolicyBody } from '../lib/policy/render.ts';
import { rehypeSharedPassages } from '../plugins/rehype-shared-passages.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

let cached: Promise<Oversight> | null = null;
const localized = new Map<Locale, Promise<Oversight>>();

/**
 * The oversight data worded in the page's language (key-fact values,
 * scorecard reasons, event names); the figures are the English build's.
 */
export function loadOversightIn(locale: Locale): Promise<Oversight> {
  if (locale === DEFAULT_LOCALE) return loadOversight();
  let hit = localized.get(locale);
  if (!hit) {
    hit = (async () => {
      const [data, keyFacts] = await Promise.all([loadOversight(), getCollection('keyFacts')]);
      return localizeOversight(
        data,
        keyFacts.map((e) => e.data),
        locale,
      );
    })();
    localized.set(locale, hit);
  }
  return hit;
}

/** The oversight data for this build (computed once, shared by every page). */
export function loadOversight(): Promise<Oversight> {
  cached ??= (async () => {
    const [policies, keyFacts] = await Promise.all([
      getCollection('policies'),
      getCollection('keyFacts'),
    ]);
    return buildOversight(
      policies.map((e) => ({
        slug: e.id,
        technology: e.data.technology,
        title: e.data.title,
        status: e.data.status,
        posted: e.data.posted,
        updated: e.data.updated,
        addenda: e.data.addenda,
        changes: e.data.changes.length,
        body: e.body ?? '',
      })),
      keyFacts.map((e) => ({
        file: e.filePath ?? `data/policies/${e.id}/key-facts.json`,
        data: e.data,
      })),
    );
  })();
  return cached;
}

/**
 * The rehype plugins that mark a policy's shared passages, for the policy
 * page: `renderPolicyBody(md, { slug, technology, rehypePlugins: await sharedPassagePlugins(slug) })`.
 */
export async function sharedPassagePlugins(slug: string): Promise<PluggableList> {
  const data = await loadOversight();
  const bp = data.boilerplate.get(slug);
  if (!bp) throw new Error(`sharedPassagePlugins: no imported policy "${slug}"`);
  return [[rehypeSharedPassages, { passages: bp.passages }]];
}

const rendered = new Map<string, { body: string; technology: string; html: Promise<string> }>();

/**
 * A policy body rendered to HTML with its shared passages marked: what the
 * policy page and the boilerplate page show. Rendered once per build and
 * policy, however many pages (and languages) show it; rendered again when
 * the body changes (dev server).
 */
export function policyBodyHtml(policy: {
  slug: string;
  technology: string;
  body: string;
  /** The page's language: the portal's words around the policy text (¶ labels, Cite). */
  locale: Locale;
}): Promise<string> {
  const key = `${policy.locale}/${policy.slug}`;
  const hit = rendered.get(key);
  if (hit && hit.body === policy.body && hit.technology === policy.technology) return hit.html;
  const html = sharedPassagePlugins(policy.slug).then((rehypePlugins) =>
    renderPolicyBody(policy.body, {
      slug: policy.slug,
      technology: policy.technology,
      rehypePlugins,
      locale: policy.locale,
    }),
  );
  rendered.set(key, { body: policy.body, technology: policy.technology, html });
  return html;
}
