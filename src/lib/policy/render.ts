import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { remarkPolicyAnchors } from '../../plugins/remark-policy-anchors.ts';
import { policyMarkdownTree } from './body.ts';
import { type PolicyWords, rehypePolicySections } from '../../plugins/rehype-policy-sections.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface RenderPolicyOptions {
  /** Policy slug, e.g. `facial-recognition`. */
  slug: string;
  /** Technology name used in citations. */
  technology: string;
  /** Extra rehype plugins run after sectioning (e.g. shared-passage marks). */
  rehypePlugins?: PluggableList;
  /**
   * Language of the page (English by default): the portal's words around the
   * policy text in it, the text itself `lang="en"`, ids unchanged.
   */
  locale?: Locale;
  /** The words of a page in another language, in place of `locale`'s (src/lib/policy/localize.ts). */
  words?: PolicyWords;
}

/**
 * Renders a policy body (importer Markdown) to HTML: ten statutory sections
 * in order (those the body lacks shown as missing), each `<h2 id="<key>">`, every paragraph numbered `<key>-p<n>`
 * with a permalink, footnote markers linked to `#fn-<n>`. Pure: same input,
 * same output. Raw HTML in the source is not passed through.
 *
 * The body's syntax tree is the one `parsePolicyBody` parsed (a copy of it),
 * so a body is parsed once per build however many pages show it.
 */
export function renderPolicyBody(markdown: string, options: RenderPolicyOptions): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPolicyAnchors)
    .use(remarkRehype)
    .use(rehypePolicySections, {
      technology: options.technology,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.words ? { words: options.words } : {}),
    })
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify);
  const tree = processor.runSync(structuredClone(policyMarkdownTree(markdown)));
  return processor.stringify(tree);
}
