/**
 * Citation resolution for the oversight views. Every key fact and every
 * scorecard item cites anchors on the policy page (`/policies/<slug>/#<id>`);
 * the build fails when one no longer exists, so a re-import that renumbers
 * paragraphs cannot leave a claim pointing at the wrong text.
 */
import { paragraphIds } from '../policy/body.ts';
import { blockOfParagraphId, parseParagraphId } from '../../schemas/sections.ts';
import { ADDENDUM_ANCHOR, CHANGES_ANCHOR } from '../../schemas/oversight.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import citationWords from '../../i18n/messages/policy-citations.ts';
import { sectionLabelIn } from '../policy/section-labels.ts';
import type { PolicyText } from './boilerplate.ts';

/** The policy-page anchors a citation may name, beyond paragraph and list-item ids. */
export interface CitableExtras {
  /** Rows in the "summary of changes" table (the page anchor `changes` is citable when > 0). */
  changes?: number;
  /** Rows of the addenda table (`addendum-<i>` is citable for each row i = 1 … n). */
  addenda?: readonly unknown[];
}

/** Every anchor of a policy page that a citation may name. */
export function citableIds(policy: PolicyText & CitableExtras): Set<string> {
  const ids = paragraphIds(policy.sections);
  if ((policy.changes ?? 0) > 0) ids.add(CHANGES_ANCHOR);
  for (let i = 1; i <= (policy.addenda?.length ?? 0); i++) ids.add(`addendum-${i}`);
  return ids;
}

/** One citation to check: where it is written and what it names. */
export interface CitationRef {
  /** File (or module) that holds the citation, e.g. `data/policies/x/key-facts.json`. */
  file: string;
  /** What cites it, e.g. the fact id `retention`. */
  subject: string;
  /** The cited anchor id. */
  id: string;
}

/** Thrown when a citation names an anchor the policy no longer has. */
export class UnresolvedCitationError extends Error {
  /** Slug of the policy the citations point into. */
  readonly slug: string;
  /** The citations that do not resolve. */
  readonly refs: readonly CitationRef[];
  constructor(slug: string, refs: readonly CitationRef[]) {
    super(
      refs
        .map(
          (r) =>
            `${r.file}: ${r.subject} cites "${r.id}", which /policies/${slug}/ does not have. ` +
            'Re-read the imported policy and update the citation to the paragraph that now holds the text.',
        )
        .join('\n'),
    );
    this.name = 'UnresolvedCitationError';
    this.slug = slug;
    this.refs = refs;
  }
}

/** Throws {@link UnresolvedCitationError} listing every ref whose id is not in `ids`. */
export function assertCitationsResolve(
  slug: string,
  refs: readonly CitationRef[],
  ids: ReadonlySet<string>,
): void {
  const bad = refs.filter((r) => !ids.has(r.id));
  if (bad.length > 0) throw new UnresolvedCitationError(slug, bad);
}

/** The numbered paragraph (`<key>-p<n>`) of a cited id; list items map to their list; other anchors stay. */
export function paragraphOf(id: string): string {
  return blockOfParagraphId(id) ?? id;
}

/** The page URL of a citation: `/policies/<slug>/#<id>`. */
export function citationHref(slug: string, id: string): string {
  return `/policies/${slug}/#${id}`;
}

/**
 * A short human label for a cited anchor: "External Entities ¶3",
 * "Rules, Processes & Guidelines ¶3, item 2", "Summary of changes", "Addendum 1";
 * in another language with `locale` ("Entidades externas ¶3", "Adenda 1").
 */
export function citationLabel(id: string, locale: Locale = DEFAULT_LOCALE): string {
  const m = t(citationWords, locale);
  if (id === CHANGES_ANCHOR) return m.summaryOfChanges;
  const add = ADDENDUM_ANCHOR.exec(id);
  if (add) return m.addendum(Number(add[1]));
  const parsed = parseParagraphId(id);
  if (!parsed) return id;
  const para = parsed.item === undefined ? m.para(parsed.n) : m.paraItem(parsed.n, parsed.item);
  return `${sectionLabelIn(parsed.key, locale)} ${para}`;
}

/** The accessible name of a citation link in a table: "External Entities ¶3, Facial Recognition policy". */
export function citationLinkName(
  id: string,
  technology: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  return t(citationWords, locale).linkName(citationLabel(id, locale), technology);
}
