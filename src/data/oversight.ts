/**
 * Loads the oversight data once per build from the content collections
 * (imported policies + curated key facts). Rendering-side glue only: every
 * computation lives in src/lib/oversight/.
 */
import { getCollection } from 'astro:content';
import type { PluggableList } from 'unified';
import { type Oversight, buildOversight, localizeOversight } from '../lib/oversight/oversight.ts';
import { renderPolicyBody } from '../lib/policy/render.ts';
import type { PolicyWords } from '../plugins/rehype-policy-sections.ts';
import { TEMPLATE_WORDS, canTemplate, fillPolicyWords } from '../lib/policy/localize.ts';
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

/** A policy body's renders: in English, and in each other language (from one template). */
interface BodyRenders {
  body: string;
  technology: string;
  english: Promise<string>;
  /** The body rendered with TEMPLATE_WORDS, or null when it cannot be (canTemplate). */
  template: Promise<string> | null;
  byLocale: Map<Locale, Promise<string>>;
}
const rendered = new Map<string, BodyRenders>();

/**
 * A policy body rendered to HTML with its shared passages marked: what the
 * policy page and the boilerplate page show. Rendered once per build and
 * policy in English, and once as the template of every other language
 * (src/lib/policy/localize.ts), however many pages and languages show it;
 * rendered again when the body changes (dev server).
 */
export function policyBodyHtml(policy: {
  slug: string;
  technology: string;
  body: string;
  /** The page's language: the portal's words around the policy text (¶ labels, Cite). */
  locale: Locale;
}): Promise<string> {
  const { slug, technology, body, locale } = policy;
  const render = (extra: { locale?: Locale; words?: PolicyWords }) =>
    sharedPassagePlugins(slug).then((rehypePlugins) =>
      renderPolicyBody(body, { slug, technology, rehypePlugins, ...extra }),
    );
  let hit = rendered.get(slug);
  if (!hit || hit.body !== body || hit.technology !== technology) {
    hit = {
      body,
      technology,
      english: render({}),
      template: canTemplate(body) ? render({ words: TEMPLATE_WORDS }) : null,
      byLocale: new Map(),
    };
    rendered.set(slug, hit);
  }
  if (locale === DEFAULT_LOCALE) return hit.english;
  let html = hit.byLocale.get(locale);
  if (!html) {
    html = hit.template
      ? hit.template.then((template) => fillPolicyWords(template, locale))
      : render({ locale });
    hit.byLocale.set(locale, html);
  }
  return html;
}
